package org.policykg.extract.pattern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters the words of a pattern anchored at the end ({@code (达到|不低于|…)$}) can end with, for a
 * check that needs no matcher. Such a pattern can only match a text that ends with one of them, or with
 * a line terminator (before which {@code $} also matches): any other text is answered "no match" at once,
 * which is what the regex would answer after trying every word at every position. Where the words are
 * known, so is the longest match, and a search needs to look at the text's end only. Shared by the
 * extractors whose patterns end with {@code $} (targets' comparator words, citations' standard cues).
 */
public final class EndChars {
    /** What {@code \s} matches (ASCII only: no UNICODE_CHARACTER_CLASS). */
    public static final String ASCII_BLANKS = " \t\n\u000B\f\r";
    /** Characters with a meaning in a regex: a word holding one is not a literal ([ab], (x|y), \d). */
    private static final String METACHARACTERS = "\\.[]{}()|^$";
    /** Quantifiers: a word may not end with one (a+), though a letter before its end may have one (的?要求). */
    private static final String QUANTIFIERS = "*+?";
    /** A look-behind that may lead a word: (?<!不)大于 still ends with 于. */
    private static final Pattern LEADING_LOOKBEHIND = Pattern.compile("^\\(\\?<[!=][^()\\\\|]*\\)");
    /** How many characters a line terminator before {@code $} can take (\r\n). */
    private static final int TERMINATOR = 2;

    /** The possible last characters, or null when any character may end a match. */
    private final String chars;
    /** The longest text the pattern's words can match together, or -1 when unknown. */
    private final int longest;

    private EndChars(String chars, int longest) {
        this.chars = chars;
        this.longest = longest;
    }

    /**
     * The last characters of the words of {@code alternations} ({@code 达到|不低于|(?<!不)大于}), from the same
     * strings the pattern is built from, for a pattern whose every match ends with one of these words before
     * {@code $}. A word is the blank class {@code \s}, or a literal after a leading look-behind in which a
     * character may be optional but the last ({@code 的?要求}); anything else is refused, so that no ending
     * can be left out. The longest match is not known: {@link #tailMatcher} searches the whole text.
     */
    public static EndChars of(String... alternations) {
        return new EndChars(bounded(alternations).chars, -1);
    }

    /**
     * The same for a pattern that is nothing but {@code alternations} in sequence (any of them optional) and
     * then {@code $}, such as {@code (下降|降低)(了)?$}: its longest match is the longest word of each together.
     */
    public static EndChars bounded(String... alternations) {
        StringBuilder chars = new StringBuilder();
        int longest = 0;
        for (String alternation : alternations) {
            int longestWord = 0;
            for (String word : alternation.split("\\|", -1)) {
                boolean blank = word.equals("\\s");
                chars.append(blank ? ASCII_BLANKS : String.valueOf(lastLiteral(word)));
                longestWord = Math.max(longestWord, blank ? 1 : literal(word).length());
            }
            longest += longestWord;
        }
        return new EndChars(chars.toString(), longest);
    }

    /**
     * The same words followed by at most {@code most} characters of any kind and then {@code $}, such as
     * {@code (达到|符合)[^□]{0,6}$}: the longest match grows by {@code most}, and since any character may
     * end it, {@link #mayEnd} says no only to the empty text (every word is at least one character).
     */
    public EndChars thenAtMost(int most) {
        return new EndChars(null, longest < 0 ? -1 : longest + most);
    }

    /** Texts ending with one of {@code chars} (for a class such as {@code [)）]$}); the longest match unknown. */
    public static EndChars ofChars(String chars) {
        return new EndChars(chars, -1);
    }

    /** The word without its leading look-behind: at least as long as any text the word matches. */
    private static String literal(String word) {
        return LEADING_LOOKBEHIND.matcher(word).replaceFirst("");
    }

    private static char lastLiteral(String word) {
        String literal = literal(word);
        if (literal.isEmpty() || literal.chars().anyMatch(c -> METACHARACTERS.indexOf(c) >= 0)
                || QUANTIFIERS.indexOf(literal.charAt(literal.length() - 1)) >= 0
                || QUANTIFIERS.indexOf(literal.charAt(0)) >= 0) {
            throw new IllegalArgumentException("not a literal word: " + word);
        }
        return literal.charAt(literal.length() - 1);
    }

    /** False only when no word can end where the text ends: the pattern then cannot match. */
    public boolean mayEnd(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return chars == null || chars.indexOf(last) >= 0 || isLineTerminator(last);
    }

    /** The same for a pattern whose words may be followed by blanks before the end: {@code (≥|…)\s*$}. */
    public boolean mayEndBeforeBlanks(String text) {
        int end = text.length();
        while (end > 0 && ASCII_BLANKS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return mayEnd(text.substring(0, end));
    }

    /**
     * {@code pattern.matcher(text)} searching only the text's last {@link #longest} characters and the two a
     * line terminator before {@code $} can take: no match can start before them, so {@code find()} gives the
     * same match at the same offsets (look-behinds still see the text before it: transparent bounds).
     */
    public Matcher tailMatcher(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (longest < 0) {
            return m;
        }
        return m.useTransparentBounds(true).region(Math.max(0, text.length() - longest - TERMINATOR), text.length());
    }

    /** Whether the pattern (made of this check's words, then $) finds a match: the end check, then the tail only. */
    public boolean found(Pattern pattern, String text) {
        return mayEnd(text) && tailMatcher(pattern, text).find();
    }

    /** The characters {@code $} (and {@code .}) treat as ending a line. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
