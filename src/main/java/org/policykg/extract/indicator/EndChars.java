package org.policykg.extract.indicator;

import java.util.regex.Pattern;

/**
 * The characters the words of a pattern anchored at the end ({@code (达到|不低于|…)$}) can end with, for a
 * check that needs no matcher. Such a pattern can only match a text that ends with one of them, or with
 * a line terminator (before which {@code $} also matches): any other text is answered "no match" at once,
 * which is what the regex would answer after trying every word at every position.
 */
final class EndChars {
    /** What {@code \s} matches (ASCII only: no UNICODE_CHARACTER_CLASS). */
    static final String ASCII_BLANKS = " \t\n\u000B\f\r";
    /** Characters with a meaning in a regex: a word holding one is not a literal ([ab], (x|y), \d). */
    private static final String METACHARACTERS = "\\.[]{}()|^$";
    /** Quantifiers: a word may not end with one (a+), though a letter before its end may have one (的?要求). */
    private static final String QUANTIFIERS = "*+?";
    /** A look-behind that may lead a word: (?<!不)大于 still ends with 于. */
    private static final Pattern LEADING_LOOKBEHIND = Pattern.compile("^\\(\\?<[!=][^()\\\\|]*\\)");

    private final String chars;

    private EndChars(String chars) {
        this.chars = chars;
    }

    /**
     * The last characters of the words of {@code alternations} ({@code 达到|不低于|(?<!不)大于}), the same
     * strings the patterns are built from. A word is {@code \s}, or a literal after a leading look-behind, in
     * which a character may be optional but the last ({@code 的?要求}); anything else is refused, so that
     * no ending can be left out.
     */
    static EndChars of(String... alternations) {
        StringBuilder chars = new StringBuilder();
        for (String alternation : alternations) {
            for (String word : alternation.split("\\|", -1)) {
                chars.append(word.equals("\\s") ? ASCII_BLANKS : String.valueOf(lastLiteral(word)));
            }
        }
        return new EndChars(chars.toString());
    }

    /** Texts ending with one of {@code chars} (for a class such as {@code [)）]$}). */
    static EndChars ofChars(String chars) {
        return new EndChars(chars);
    }

    private static char lastLiteral(String word) {
        String literal = LEADING_LOOKBEHIND.matcher(word).replaceFirst("");
        if (literal.isEmpty() || literal.chars().anyMatch(c -> METACHARACTERS.indexOf(c) >= 0)
                || QUANTIFIERS.indexOf(literal.charAt(literal.length() - 1)) >= 0
                || QUANTIFIERS.indexOf(literal.charAt(0)) >= 0) {
            throw new IllegalArgumentException("not a literal word: " + word);
        }
        return literal.charAt(literal.length() - 1);
    }

    /** False only when no word can end where the text ends: the pattern then cannot match. */
    boolean mayEnd(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return chars.indexOf(last) >= 0 || isLineTerminator(last);
    }

    /** The same for a pattern whose words may be followed by blanks before the end: {@code (≥|…)\\s*$}. */
    boolean mayEndBeforeBlanks(String text) {
        int end = text.length();
        while (end > 0 && ASCII_BLANKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return mayEnd(text.substring(0, end));
    }

    /** The characters {@code $} (and {@code .}) treat as ending a line. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
