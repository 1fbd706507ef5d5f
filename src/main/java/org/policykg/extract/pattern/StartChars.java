package org.policykg.extract.pattern;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * The characters every match of a pattern starts with, written beside it ({@code 2} for {@code (20\d{2})\s*年},
 * {@code 到至} for {@code [到至]…}, each alternative's first literal or class for {@code ^(其中|同时|…)}), for two
 * checks that need no matcher, each held by a test to the compiled pattern:
 * <ul>
 * <li>a pattern anchored at the start ({@link #mayStart}): a text beginning with any other character is answered
 * "no match" at once, which is what {@code lookingAt()} would answer after trying every alternative (such a
 * pattern must not match the empty text, nor begin with a character outside the basic plane: a text's first
 * char is compared alone);</li>
 * <li>a pattern with no anchor and no look-around ({@link #find}): find()'s attempt at a position is what
 * {@code lookingAt()} in the region from there finds, and an attempt where none of the characters stands
 * fails, so trying only those positions, left to right and going on from each match's end as find() does,
 * gives the same matches (labels of body lists, years, 现印发, made-here sentences).</li>
 * </ul>
 * The end-anchored counterpart is {@link EndChars}.
 */
public final class StartChars {
    private final String chars;
    /** Bit c set when char c is one of {@link #chars}: one look-up a character instead of a search of the string. */
    private final long[] table = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    private StartChars(String chars) {
        if (chars.isEmpty()) {
            throw new IllegalArgumentException("no start character");
        }
        this.chars = chars;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            table[c >>> 6] |= 1L << c;
        }
    }

    private boolean isStart(char c) {
        return (table[c >>> 6] & 1L << c) != 0;
    }

    /** The given characters, each one a possible first character of a match. */
    public static StartChars of(String chars) {
        return new StartChars(chars);
    }

    /** False only when no match of a start-anchored pattern can begin where the text begins. */
    public boolean mayStart(String text) {
        return !text.isEmpty() && isStart(text.charAt(0));
    }

    /** Whether {@code c} is one of the characters (for the tests that hold them to the pattern). */
    public boolean contains(char c) {
        return isStart(c);
    }

    /** Whether a match may start at {@code i} of the text. */
    public boolean at(CharSequence text, int i) {
        return isStart(text.charAt(i));
    }

    /** The first position in {@code [from, to)} where a match may start, or -1. */
    public int next(CharSequence text, int from, int to) {
        if (chars.length() == 1 && text instanceof String s && to == s.length()) {
            // one character, searched to the text's end: String's own (vectorized) search finds the same position
            int at = s.indexOf(chars.charAt(0), from);
            return at < to ? at : -1;
        }
        for (int i = Math.max(0, from); i < to; i++) {
            if (isStart(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code m.find()} over the region {@code [from, to)} of the matcher's text, as described above: true with
     * the match in {@code m}, or false. The matcher's bounds settings are the caller's.
     */
    public boolean find(Matcher m, CharSequence text, int from, int to) {
        for (int i = next(text, from, to); i >= 0; i = next(text, i + 1, to)) {
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first match at a position where {@code where} also holds (a label that starts a list), trying
     * {@code lookingAt()} from {@code from} on only where a start character stands and {@code where} holds
     * there: what trying every position where it holds gives. A caller that stands it in for find()'s matches
     * filtered by {@code where} says why no position it accepts lies inside a match find() would have skipped.
     */
    public boolean find(Matcher m, CharSequence text, int from, int to, IntPredicate where) {
        for (int i = next(text, from, to); i >= 0; i = next(text, i + 1, to)) {
            if (where.test(i) && m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
