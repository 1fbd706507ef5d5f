package org.policykg.extract.pattern;

import java.util.ArrayList;
import java.util.List;
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

    /** The possible last characters. */
    private final String chars;
    /** The longest text the pattern's words can match together, or -1 when unknown. */
    private final int longest;
    /**
     * For each of {@link #chars}, the longest match ending with it when the words are known (else null): a
     * text ending with that character (not a line terminator) need be searched only that far back.
     */
    private final int[] longestEndingWith;

    private EndChars(String chars, int longest) {
        this(chars, longest, null);
    }

    private EndChars(String chars, int longest, int[] longestEndingWith) {
        this.chars = chars;
        this.longest = longest;
        this.longestEndingWith = longestEndingWith;
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
        List<Integer> ending = new ArrayList<>();
        int longest = 0;
        boolean repeats = false;
        for (String alternation : alternations) {
            int longestWord = 0;
            for (String word : alternation.split("\\|", -1)) {
                boolean blank = word.equals("\\s");
                repeats |= word.indexOf('*') >= 0 || word.indexOf('+') >= 0;
                String last = blank ? ASCII_BLANKS : String.valueOf(lastLiteral(word));
                int length = blank ? 1 : literal(word).length();
                // a match ending with this word holds at most the longest word of each alternation before it
                for (char c : last.toCharArray()) {
                    chars.append(c);
                    ending.add(longest + length);
                }
                longestWord = Math.max(longestWord, length);
            }
            longest += longestWord;
        }
        if (repeats) { // a letter repeated (a+b) has no longest match: the whole text is searched
            return new EndChars(chars.toString(), -1);
        }
        return new EndChars(chars.toString(), longest, longestPerChar(chars.toString(), ending));
    }

    /** For each character, the longest of the lengths given for its occurrences in {@code chars}. */
    private static int[] longestPerChar(String chars, List<Integer> lengths) {
        int[] out = new int[chars.length()];
        for (int i = 0; i < chars.length(); i++) {
            int first = chars.indexOf(chars.charAt(i));
            out[first] = Math.max(out[first], lengths.get(i));
        }
        return out;
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
        return chars.indexOf(last) >= 0 || isLineTerminator(last);
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
     * same match at the same offsets (look-behinds still see the text before it: transparent bounds). Where
     * the text ends with one of the words' last characters and not a line terminator, {@code $} matches only
     * at the very end, so a match ends with that character: only the longest match ending with it is searched.
     */
    public Matcher tailMatcher(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (longest < 0) {
            return m;
        }
        return m.useTransparentBounds(true).region(Math.max(0, text.length() - reach(text)), text.length());
    }

    /** How many of the text's last characters a match can start within. */
    private int reach(String text) {
        if (longestEndingWith != null && !text.isEmpty()) {
            char last = text.charAt(text.length() - 1);
            int at = chars.indexOf(last);
            if (at >= 0 && !isLineTerminator(last)) {
                return longestEndingWith[at];
            }
        }
        return longest + TERMINATOR;
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
