package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;

/** Splits normalized text into its non-blank lines, each trimmed of surrounding (also full-width) space. */
public final class Lines {
    private Lines() {
    }

    public static List<Line> of(NormalizedText text) {
        String s = text.text();
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            Span trimmed = trim(s, start, end);
            if (trimmed != null) {
                lines.add(new Line(lines.size(), trimmed, s.substring(trimmed.start(), trimmed.end())));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return List.copyOf(lines);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    private static Span trim(String s, int start, int end) {
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
