package org.policykg.structure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An alternation of literal words ({@code 我区|本区|…}, a table's header words) asked what its regex's find
 * would answer: whether it occurs, how many matches one after another (at each place the first word listed
 * that starts there, the search going on after it). Words are compared only where one's first character
 * stands, instead of trying every word at every character.
 */
public final class LiteralAlternation {
    private final List<String> words;
    private final String firsts;

    /** Refuses a word that is empty or holds a character with a meaning in a regex: it would be no literal. */
    public LiteralAlternation(String... words) {
        for (String w : words) {
            if (w.isEmpty() || w.chars().anyMatch(c -> "\\.[]{}()*+?^$|".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("not a literal word: " + w);
            }
        }
        this.words = List.of(words);
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.indexOf(w.substring(0, 1)) < 0) {
                sb.append(w.charAt(0));
            }
        }
        this.firsts = sb.toString();
    }

    /** Whether {@code pattern().matcher(text).find()} would be true. */
    public boolean occursIn(String text) {
        return occursIn(text, 0, text.length());
    }

    /** The same for the region {@code [from, to)} of the text ({@code find()} in it), without a substring. */
    public boolean occursIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (firsts.indexOf(text.charAt(i)) >= 0 && wordAt(text, i, to) > 0) {
                return true;
            }
        }
        return false;
    }

    /** How many matches {@code pattern().matcher(text)} would find. */
    public int count(String text) {
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int length = firsts.indexOf(text.charAt(i)) >= 0 ? wordAt(text, i, text.length()) : 0;
            if (length > 0) {
                n++;
                i += length;
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * Where {@code Pattern.compile(".*(" + alternation + ")").matcher(text).lookingAt()} would end, or -1 when it
     * finds none (the text holding no line terminator, which {@code .} does not pass): the greedy {@code .*}
     * gives back one character at a time, so the match ends after the word starting last in the text, the
     * first listed of those starting there.
     */
    public int endOfLast(String text) {
        for (int p = text.length() - 1; p >= 0; p--) {
            if (firsts.indexOf(text.charAt(p)) >= 0) {
                int length = wordAt(text, p, text.length());
                if (length > 0) {
                    return p + length;
                }
            }
        }
        return -1;
    }

    /** Length of the first word listed that starts at {@code i} and ends by {@code to}, or 0. */
    private int wordAt(String text, int i, int to) {
        for (String w : words) {
            if (i + w.length() <= to && text.startsWith(w, i)) {
                return w.length();
            }
        }
        return 0;
    }

    /** The alternation this stands in for, for the tests that hold the two together. */
    public Pattern pattern() {
        return Pattern.compile(String.join("|", words));
    }
}
