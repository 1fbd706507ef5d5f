package org.policykg.structure.metadata;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts the matches of an alternation of literal words ({@code 我区|本区|…}) as find would give them, one after
 * another: at each place the first word listed that starts there, and the search goes on after it. Words are
 * compared only where one's first character stands, instead of trying every word at every character.
 */
final class LiteralCount {
    private final List<String> words;
    private final String firsts;

    LiteralCount(String... words) {
        this.words = List.of(words);
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.indexOf(w.substring(0, 1)) < 0) {
                sb.append(w.charAt(0));
            }
        }
        this.firsts = sb.toString();
    }

    int in(String text) {
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int length = firsts.indexOf(text.charAt(i)) >= 0 ? wordAt(text, i) : 0;
            if (length > 0) {
                n++;
                i += length;
            } else {
                i++;
            }
        }
        return n;
    }

    /** Length of the first word listed that starts at {@code i}, or 0. */
    private int wordAt(String text, int i) {
        for (String w : words) {
            if (text.startsWith(w, i)) {
                return w.length();
            }
        }
        return 0;
    }

    /** The alternation the count stands in for, for the test that holds the two together. */
    Pattern pattern() {
        return Pattern.compile(String.join("|", words));
    }
}
