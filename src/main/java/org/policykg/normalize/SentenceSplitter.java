package org.policykg.normalize;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentence spans, trimmed of surrounding whitespace, never crossing a line break. */
final class SentenceSplitter {
    static final String ENDERS = "。！？；!?;";

    private SentenceSplitter() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if (isEnder(c)) {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, text.length(), out);
        return List.copyOf(out);
    }

    /**
     * Whether the char is one of {@link #ENDERS}, asked of every char of a document: the enders are ';', '!',
     * '?' or above U+3000, so a char between those (most Latin-1, none of them Han) is none without a lookup.
     */
    static boolean isEnder(char c) {
        if (c < '\u3000') {
            return c == ';' || c == '!' || c == '?';
        }
        return c == '。' || c == '！' || c == '？' || c == '；';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == ')' || c == '）';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u3000')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u3000')) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
