package org.policykg.read;

/**
 * Control characters in a text, which converters and old editors leave behind. A few are cleaned one
 * for one (so offsets into the text stay valid): page and line separators become line breaks, the
 * rest spaces. Many of them mean the file is no text at all.
 */
final class ControlCharacters {
    /** Above this share of control characters a "text" is binary data. */
    static final double BINARY_SHARE = 0.01;

    private ControlCharacters() {
    }

    static double share(String text) {
        return TextScan.of(text).strayShare();
    }

    static String clean(String text) {
        return clean(text, TextScan.of(text));
    }

    /** {@link #clean(String)} with the text's scan already made. */
    static String clean(String text, TextScan scan) {
        if (!scan.needsCleaning()) {
            return text; // the loop below would copy every char unchanged
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (isLineBreak(c) || (c == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n'))) {
                chars[i] = '\n';
            } else if (isStray(c)) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    static boolean isLineBreak(char c) {
        return c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean isStray(int c) {
        boolean c0 = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000B';
        return c0 || c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85);
    }
}
