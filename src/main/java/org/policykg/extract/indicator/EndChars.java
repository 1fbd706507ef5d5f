package org.policykg.extract.indicator;

import java.util.regex.Pattern;

/**
 * The characters the words of a pattern anchored at the end ({@code (达到|不低于|…)$}) can end with, for a
 * check that needs no matcher. Such a pattern can only match a text that ends with one of them, or with
 * a line terminator (before which {@code $} also matches): any other text is answered "no match" at once,
 * which is what the regex would answer after trying every word at every position.
 */
final class EndChars {
    /** Characters with a meaning in a regex: a word holding one is not a literal (\\s, [ab], a+, (x|y)). */
    private static final String METACHARACTERS = "\\.[]{}()*+?^$|";
    /** A look-behind that may lead a word: (?<!不)大于 still ends with 于. */
    private static final Pattern LEADING_LOOKBEHIND = Pattern.compile("^\\(\\?<[!=][^()\\\\]*\\)");

    private final String chars;

    private EndChars(String chars) {
        this.chars = chars;
    }

    /**
     * The last characters of the words of {@code alternations} ({@code 达到|不低于|(?<!不)大于}), the same
     * strings the patterns are built from. Each word must be a literal, after a leading look-behind if any;
     * anything else is refused, so that no ending can be left out.
     */
    static EndChars of(String... alternations) {
        StringBuilder chars = new StringBuilder();
        for (String alternation : alternations) {
            for (String word : alternation.split("\\|", -1)) {
                String literal = LEADING_LOOKBEHIND.matcher(word).replaceFirst("");
                if (literal.isEmpty() || literal.chars().anyMatch(c -> METACHARACTERS.indexOf(c) >= 0)) {
                    throw new IllegalArgumentException("not a literal word: " + word);
                }
                chars.append(literal.charAt(literal.length() - 1));
            }
        }
        return new EndChars(chars.toString());
    }

    /** False only when no word can end where the text ends: the pattern then cannot match. */
    boolean mayEnd(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return chars.indexOf(last) >= 0 || isLineTerminator(last);
    }

    /** The characters {@code $} (and {@code .}) treat as ending a line. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
