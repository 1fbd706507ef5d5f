package org.policykg.structure.metadata;

import java.util.ArrayList;
import java.util.List;

import org.policykg.normalize.Span;

/** A text's non-blank lines with their spans, trimmed; what metadata is read from. */
final class Lines {
    /** One line: its text (trimmed) and where that text is. */
    record Line(int index, String text, Span span) {
    }

    private Lines() {
    }

    static List<Line> of(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            add(text, start, end, out);
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static void add(String text, int start, int end, List<Line> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Line(out.size(), text.substring(start, end), new Span(start, end)));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
