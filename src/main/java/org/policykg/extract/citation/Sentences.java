package org.policykg.extract.citation;

/** The bounds of the sentence around an offset: from after the previous 。！？；; or blank line to the next. */
final class Sentences {
    private Sentences() {
    }

    static int start(String t, int offset) {
        int i = Math.min(offset, t.length());
        while (i > 0 && !isEnd(t, i - 1)) {
            i--;
        }
        return i;
    }

    static int end(String t, int offset) {
        int i = offset;
        while (i < t.length() && !isEnd(t, i)) {
            i++;
        }
        return i;
    }

    private static boolean isEnd(String t, int i) {
        char c = t.charAt(i);
        return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '!' || c == '?' || c == '\n';
    }
}
