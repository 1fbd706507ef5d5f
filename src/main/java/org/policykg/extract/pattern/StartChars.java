package org.policykg.extract.pattern;

import java.util.BitSet;

/**
 * The characters a match of a pattern anchored at the start ({@code ^(其中|同时|…)}) can begin with, for a
 * check that needs no matcher: a text beginning with any other character is answered "no match" at once,
 * which is what {@code lookingAt()} would answer after trying every alternative. The characters are written
 * beside the pattern, read off its literal form (each alternative's first literal, class or optional parts
 * up to its first required one); a test holds them to the compiled pattern on every char. Such a pattern
 * must not match the empty text, nor begin with a character outside the basic plane (a text's first char
 * is compared alone).
 */
public final class StartChars {
    private final BitSet chars = new BitSet();

    private StartChars(String chars) {
        chars.chars().forEach(this.chars::set);
    }

    /** The given characters, each one a possible first character of a match. */
    public static StartChars of(String chars) {
        return new StartChars(chars);
    }

    /** False only when no match of the pattern can begin where the text begins. */
    public boolean mayStart(String text) {
        return !text.isEmpty() && chars.get(text.charAt(0));
    }

    /** Whether {@code c} is one of the characters (for the tests that hold them to the pattern). */
    public boolean contains(char c) {
        return chars.get(c);
    }
}
