package org.policykg.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of two-character starts, for telling quickly that a pattern all of whose matches start with
 * one of them cannot match a line. The first characters sit in a table indexed by a char's low bits,
 * the table's size chosen so that no two of them share a slot: a char is a first character exactly
 * when its slot holds it, one array read and a compare with no boxing (the lookup runs on every char
 * of every line); the second is looked up only after a first one is found. Immutable, so shared by
 * every thread.
 */
final class LeadPairs {
    /** {@code mask + 1} slots, a power of two; a slot holds its first character, or nothing. */
    private final int mask;
    private final char[] firsts;
    /** For the first character in the same slot, the characters that may follow it; null if none. */
    private final String[] seconds;

    /** {@code pairs}: two-character starts separated by spaces ("来源 作者 …"). */
    LeadPairs(String pairs) {
        Map<Character, String> byFirst = new LinkedHashMap<>();
        for (String pair : pairs.split(" ")) {
            if (pair.length() != 2) {
                throw new IllegalArgumentException("not a pair of characters: " + pair);
            }
            byFirst.merge(pair.charAt(0), pair.substring(1), String::concat);
        }
        mask = slotsWithoutSharing(byFirst.keySet()) - 1;
        firsts = new char[mask + 1];
        seconds = new String[mask + 1];
        byFirst.forEach((first, following) -> {
            firsts[first & mask] = first;
            seconds[first & mask] = following;
        });
    }

    /**
     * The smallest power of two of slots in which no two of {@code chars} share low bits; it exists,
     * since with 65,536 slots every char has a slot of its own.
     */
    private static int slotsWithoutSharing(Iterable<Character> chars) {
        for (int slots = 2; ; slots <<= 1) {
            boolean[] taken = new boolean[slots];
            boolean clash = false;
            for (char c : chars) {
                clash |= taken[c & (slots - 1)];
                taken[c & (slots - 1)] = true;
            }
            if (!clash) {
                return slots;
            }
        }
    }

    /** Whether one of the pairs occurs in {@code line}. */
    boolean foundIn(String line) {
        return next(line, 0) >= 0;
    }

    /** Where the first of the pairs starting at {@code from} or after starts in {@code line}, or -1. */
    int next(String line, int from) {
        for (int i = from; i + 1 < line.length(); i++) {
            if (startsAt(line, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether one of the pairs starts at {@code i} in {@code line}. */
    private boolean startsAt(String line, int i) {
        if (i + 1 >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        int slot = c & mask;
        // an empty slot holds '\0' and a null: the null tells it from a first character '\0'
        return firsts[slot] == c && seconds[slot] != null && seconds[slot].indexOf(line.charAt(i + 1)) >= 0;
    }

    /**
     * Whether {@code pattern}, every match of which starts with one of the pairs, finds a match in the
     * line: the same answer as {@code find()}, trying the pattern only where a pair starts. Without
     * anchoring bounds and with transparent ones, matching at a region's start is find's attempt there
     * ({@code ^} still means the line's start).
     */
    boolean findsIn(Pattern pattern, String line) {
        return findsFrom(pattern, line, next(line, 0));
    }

    /**
     * {@link #findsIn(Pattern, String)} for a pattern whose alternatives anchored by {@code ^} start with
     * one of {@code lineStart}'s pairs and all others with one of these: without MULTILINE an anchored
     * alternative matches only at the line's start, so past it only these pairs are looked for.
     */
    boolean findsIn(Pattern pattern, String line, LeadPairs lineStart) {
        return findsFrom(pattern, line, lineStart.startsAt(line, 0) ? 0 : next(line, 0));
    }

    private boolean findsFrom(Pattern pattern, String line, int first) {
        Matcher m = null;
        for (int i = first; i >= 0; i = next(line, i + 1)) {
            if (m == null) {
                m = pattern.matcher(line).useAnchoringBounds(false).useTransparentBounds(true);
            }
            if (m.region(i, line.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
