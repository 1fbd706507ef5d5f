package org.policykg.read;

import java.util.regex.Pattern;

/**
 * Evens out the layout of text extracted from HTML, Word and PDF, which differ only in line
 * breaks and spacing around the same lines: Windows line ends, trailing spaces, runs of empty
 * lines. Leading tabs stay: they are the empty first cells of table rows.
 */
final class Layout {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\u3000\\u00A0]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private Layout() {
    }

    static String even(String text) {
        String s = ControlCharacters.clean(text).replace("\r\n", "\n");
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip().isEmpty() ? "" : stripBlankEnds(s);
    }

    private static String stripBlankEnds(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == '\n') {
            start++;
        }
        int end = s.length();
        while (end > start && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(start, end) + "\n";
    }
}
