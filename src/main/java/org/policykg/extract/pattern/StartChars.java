package org.policykg.extract.pattern;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a pattern anchored at the start ({@code ^(其中|同时|…)}) can begin with, for a
 * check that needs no matcher. They are read from the compiled pattern itself, not from a list kept beside
 * it: each character is matched alone, and where the engine neither matched it nor read past it
 * ({@link Matcher#hitEnd()} false), its answer depended on that character only, so no text beginning with
 * it can match either. Any other text is answered "no match" at once, which is what {@code lookingAt()}
 * would answer after trying every alternative.
 */
public final class StartChars {
    private final BitSet chars;
    /** Whether the pattern matches the empty text (then a match needs no first character at all). */
    private final boolean matchesEmpty;

    private StartChars(BitSet chars, boolean matchesEmpty) {
        this.chars = chars;
        this.matchesEmpty = matchesEmpty;
    }

    /**
     * The possible first characters of {@code pattern}'s matches at a text's start. Characters outside the
     * basic plane lead with a surrogate, probed alone like any other char, so the check covers them too.
     */
    public static StartChars of(Pattern pattern) {
        BitSet chars = new BitSet(Character.MAX_VALUE + 1);
        Matcher m = pattern.matcher("");
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            m.reset(String.valueOf((char) c));
            if (m.lookingAt() || m.hitEnd()) {
                chars.set(c);
            }
        }
        return new StartChars(chars, pattern.matcher("").lookingAt());
    }

    /** False only when no match of the pattern can begin where the text begins. */
    public boolean mayStart(String text) {
        return matchesEmpty || !text.isEmpty() && chars.get(text.charAt(0));
    }
}
