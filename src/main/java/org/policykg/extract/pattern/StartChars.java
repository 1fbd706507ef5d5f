package org.policykg.extract.pattern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a pattern anchored at the start ({@code ^(其中|同时|…)}) can begin with, for a
 * check that needs no matcher. They are read from the compiled pattern itself, not from a list kept beside
 * it: a character is matched alone, and where the engine neither matched it nor read past it
 * ({@link Matcher#hitEnd()} false), its answer depended on that character only, so no text beginning with
 * it can match either. Any other text is answered "no match" at once, which is what {@code lookingAt()}
 * would answer after trying every alternative. Each character is probed the first time a text begins with
 * it (a few hundred distinct ones in a corpus), not all 65,536 at start-up.
 */
public final class StartChars {
    private static final byte UNKNOWN = 0;
    private static final byte MAY_START = 1;
    private static final byte CANNOT_START = 2;

    private final Pattern pattern;
    /**
     * What is known of each char. Threads may race to probe the same one: each writes the same answer, and
     * a byte is read and written whole, so a reader sees either UNKNOWN (and probes) or that answer.
     */
    private final byte[] known = new byte[Character.MAX_VALUE + 1];
    /** Whether the pattern matches the empty text (then a match needs no first character at all). */
    private final boolean matchesEmpty;

    private StartChars(Pattern pattern) {
        this.pattern = pattern;
        this.matchesEmpty = pattern.matcher("").lookingAt();
    }

    /**
     * The possible first characters of {@code pattern}'s matches at a text's start. Characters outside the
     * basic plane lead with a surrogate, probed alone like any other char, so the check covers them too.
     */
    public static StartChars of(Pattern pattern) {
        return new StartChars(pattern);
    }

    /** False only when no match of the pattern can begin where the text begins. */
    public boolean mayStart(String text) {
        if (matchesEmpty) {
            return true;
        }
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        byte answer = known[first];
        if (answer == UNKNOWN) {
            answer = probe(first) ? MAY_START : CANNOT_START;
            known[first] = answer;
        }
        return answer == MAY_START;
    }

    private boolean probe(char c) {
        Matcher m = pattern.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }
}
