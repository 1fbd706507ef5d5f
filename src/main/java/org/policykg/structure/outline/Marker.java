package org.policykg.structure.outline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering kinds Chinese plans use for headings. Which kind sits at which depth is not fixed
 * (one plan starts at 一、, a work plan at (一)), so the outline assigns depths by order of appearance.
 */
public enum Marker {
    CHAPTER("^第[一二三四五六七八九十百零〇\\d]+[章节部分篇]\\s*", "第"),
    CHINESE_COMMA("^[一二三四五六七八九十]{1,3}\\s*[、.．]\\s*", "一二三四五六七八九十"),
    CHINESE_PAREN("^[(（]\\s*[一二三四五六七八九十]{1,3}\\s*[)）]\\s*[、.．]?\\s*", "(（"),
    ARABIC_DOT("^\\d{1,2}\\s*(?:[、．]|\\.(?!\\d))\\s*", "0123456789"),
    ARABIC_PAREN("^[(（]\\s*\\d{1,2}\\s*[)）]\\s*", "(（"),
    CIRCLED("^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\\s*", "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"),
    UNNUMBERED(null, "");

    private final Pattern pattern;
    /**
     * The chars the pattern's first item after ^ accepts (\d is ASCII digits: no UNICODE_CHARACTER_CLASS);
     * a line starting with another char cannot match, so no Matcher is made for it.
     */
    private final String firstChars;

    Marker(String regex, String firstChars) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
        this.firstChars = firstChars;
    }

    /** Length of the numbered marker a line starts with (一、 (三) 第二章 4. …), or -1 when it starts with none. */
    public static int numbered(String line) {
        for (Marker kind : values()) {
            int length = kind.match(line);
            if (length > 0) {
                return length;
            }
        }
        return -1;
    }

    /** Length of the marker at the start of the line, or -1 when the line does not start with this kind. */
    int match(String line) {
        if (pattern == null || !mayStart(line)) {
            return -1;
        }
        // every kind is anchored by ^ (no MULTILINE): find can match at the start only, as lookingAt tries
        Matcher m = pattern.matcher(line);
        return m.lookingAt() ? m.end() : -1;
    }

    /** Whether the line starts with a char the pattern's first item accepts: implied by every match. */
    boolean mayStart(String line) {
        return !line.isEmpty() && firstChars.indexOf(line.charAt(0)) >= 0;
    }

    /** The pattern, for tests holding {@link #mayStart} to it. */
    Pattern pattern() {
        return pattern;
    }
}
