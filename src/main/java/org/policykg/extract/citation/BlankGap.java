package org.policykg.extract.citation;

/**
 * Whether what stands between two offsets of a text is blank, as {@code t.substring(from, to).isBlank()}
 * says, without making the substring: the patterns ask it of the gap between a title and what may belong to it.
 */
final class BlankGap {
    private BlankGap() {
    }

    /**
     * {@link String#isBlank}: every code point {@link Character#isWhitespace}. No whitespace code point is a
     * supplementary one, and no surrogate char is whitespace, so looking at chars answers the same.
     */
    static boolean isBlank(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
