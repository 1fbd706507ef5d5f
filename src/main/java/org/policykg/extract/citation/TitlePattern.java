package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;

import org.policykg.normalize.Span;

/**
 * Finds 《…》 titles. A title may hold nested titles in 〈〉, <> or 《》 (山东省实施〈…条例〉办法), which
 * stay inside it. An unclosed 《 is given up after a paragraph break or a length no title reaches.
 */
public final class TitlePattern {
    private static final int MAX_LENGTH = 160;

    /**
     * A title found.
     *
     * @param span  from 《 to 》 inclusive
     * @param title the text between them, trimmed
     */
    public record Hit(Span span, String title) {
    }

    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        int i = text.indexOf('《');
        while (i >= 0) {
            int close = closing(text, i);
            if (close > 0) {
                String title = text.substring(i + 1, close).strip();
                if (!title.isEmpty()) {
                    hits.add(new Hit(new Span(i, close + 1), title));
                }
                i = text.indexOf('《', close + 1);
            } else {
                i = text.indexOf('《', i + 1);
            }
        }
        return hits;
    }

    /** The offset of the 》 that closes the 《 at {@code open}, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length() && j - open <= MAX_LENGTH; j++) {
            char c = text.charAt(j);
            if (c == '《') {
                depth++;
            } else if (c == '》' && --depth == 0) {
                return j;
            } else if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
