package org.policykg.structure.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item that holds several tasks, each closed by its own bracket after its full stop:
 * {@code 1.加强湿地保护。（牵头单位：县林业局）推进湿地公园建设。（牵头单位：县住建局）} is two tasks. A bracket
 * written right after a sentence's full stop is a note on what came before it (who does it, by when),
 * so the item is cut after each such bracket that more text follows.
 */
final class ClosingBrackets {
    private static final Pattern AFTER_STOP = Pattern.compile(
            "[。；;]\\s*[(（〔【\\[［](?:[^()（）〔〕【】\\[\\]［］]|[(（][^()（）]{1,12}[)）]){2,160}[)）〕】\\]］][。；;]?");
    /** A bracketed label introduces what follows it (【责任单位】市环保局牵头…), it closes nothing. */
    private static final Pattern LABEL = Pattern.compile(
            "[(（〔【\\[［]\\s*\\p{IsHan}{0,6}(单位|部门|科室|处室|责任|分工|时限|时间|目标)\\s*[)）〕】\\]］][。；;]?$");
    /** Text after the bracket long enough to be a task of its own, not a stray mark. */
    private static final int MIN_TASK = 6;

    private ClosingBrackets() {
    }

    /** The item's parts as {start, end} offsets in {@code text}; the whole text when it holds one task. */
    static List<int[]> split(String text) {
        List<int[]> parts = new ArrayList<>();
        if (!mayClose(text)) {
            parts.add(new int[] {0, text.length()});
            return parts;
        }
        int start = 0;
        Matcher m = AFTER_STOP.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end()).strip();
            if (rest.length() >= MIN_TASK && !LABEL.matcher(m.group()).find()) {
                parts.add(new int[] {start, m.end()});
                start = m.end();
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
        }
        parts.add(new int[] {start, text.length()});
        return parts;
    }

    /**
     * Whether AFTER_STOP may match: every match starts with a full stop, {@code \s*} (ASCII: no
     * UNICODE_CHARACTER_CLASS) and an opening bracket. Most items hold no such bracket, and then the loop
     * above finds nothing and leaves the whole text one part, so it is not run.
     */
    static boolean mayClose(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                int j = i + 1;
                while (j < text.length() && isSpace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && "(（〔【[［".indexOf(text.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A char of {@code \s}: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The pattern behind {@link #mayClose}, for the test that holds the two together. */
    static Pattern afterStop() {
        return AFTER_STOP;
    }
}
