package org.policykg.read;

/**
 * What reading checks about a document's text, found in one pass over its chars: how many are stray
 * control characters ({@link ControlCharacters#share}), whether {@link ControlCharacters#clean} would
 * change any, and the longest line ({@link TextLimits}). Each used to be a loop of its own over the
 * whole text; the counts here are those loops' counts, as every char is still looked at once.
 */
record TextScan(int length, int strays, boolean needsCleaning, int longestLine) {

    static TextScan of(String text) {
        int n = text.length();
        int strays = 0;
        boolean needsCleaning = false;
        int longest = 0;
        int lineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // printable ASCII, and everything from U+00A0 up but the two Unicode separators, is none
            // of: '\n', '\r', a line break to replace or a stray control char (all below U+0020,
            // U+007F..U+009F, U+2028 or U+2029)
            if (c < 0x7F ? c >= 0x20 : c >= 0xA0 && (c & 0xFFFE) != 0x2028) {
                continue;
            }
            if (c == '\n') {
                longest = Math.max(longest, i - lineStart);
                lineStart = i + 1;
            } else if (ControlCharacters.isStray(c)) {
                strays++;
                needsCleaning = true;
            } else if (ControlCharacters.isLineBreak(c) || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
                needsCleaning = true;
            }
        }
        return new TextScan(n, strays, needsCleaning, Math.max(longest, n - lineStart));
    }

    /** The share of stray control characters, 0 for an empty text. */
    double strayShare() {
        return length == 0 ? 0 : (double) strays / length;
    }
}
