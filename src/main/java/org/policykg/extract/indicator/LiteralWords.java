package org.policykg.extract.indicator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An alternation of literal words ({@code 已|截至|同比}) asked only whether it occurs: it does exactly when
 * one of its words is contained in the text, which {@link String#indexOf} tells without trying every word
 * at every position as the regex does.
 */
final class LiteralWords {
    private static final Pattern NOT_LITERAL = Pattern.compile("[\\\\.\\[\\]{}()*+?^$]");

    private final List<String> words;

    private LiteralWords(List<String> words) {
        this.words = words;
    }

    /** The words of {@code alternation}, the same string the pattern is compiled from; refused unless all are literal. */
    static LiteralWords of(String alternation) {
        List<String> words = List.of(alternation.split("\\|", -1));
        for (String word : words) {
            if (word.isEmpty() || NOT_LITERAL.matcher(word).find()) {
                throw new IllegalArgumentException("not a literal word: " + word);
            }
        }
        return new LiteralWords(words);
    }

    /** Whether {@code Pattern.compile(alternation).matcher(text).find()} would be true. */
    boolean foundIn(String text) {
        return foundIn(text, 0, text.length());
    }

    /** The same for {@code text.substring(from, to)}, without the substring. */
    boolean foundIn(String text, int from, int to) {
        for (String word : words) {
            int at = text.indexOf(word, from);
            if (at >= 0 && at + word.length() <= to) {
                return true;
            }
        }
        return false;
    }
}
