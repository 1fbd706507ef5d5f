package org.policykg.read;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of two-character starts, for telling quickly that a pattern all of whose matches start with
 * one of them cannot match a line: the first characters are looked up in a bit set, the second only
 * after a first one is found. Immutable, so shared by every thread.
 */
final class LeadPairs {
    private final BitSet firsts = new BitSet();
    /** For each first character, the characters that may follow it. */
    private final Map<Character, String> seconds = new HashMap<>();

    /** {@code pairs}: two-character starts separated by spaces ("来源 作者 …"). */
    LeadPairs(String pairs) {
        for (String pair : pairs.split(" ")) {
            if (pair.length() != 2) {
                throw new IllegalArgumentException("not a pair of characters: " + pair);
            }
            char first = pair.charAt(0);
            firsts.set(first);
            seconds.merge(first, pair.substring(1), String::concat);
        }
    }

    /** Whether one of the pairs occurs in {@code line}. */
    boolean foundIn(String line) {
        return next(line, 0) >= 0;
    }

    /** Where the first of the pairs starting at {@code from} or after starts in {@code line}, or -1. */
    int next(String line, int from) {
        for (int i = from; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (firsts.get(c) && seconds.get(c).indexOf(line.charAt(i + 1)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code pattern}, every match of which starts with one of the pairs, finds a match in the
     * line: the same answer as {@code find()}, trying the pattern only where a pair starts. Without
     * anchoring bounds and with transparent ones, matching at a region's start is find's attempt there
     * ({@code ^} still means the line's start).
     */
    boolean findsIn(Pattern pattern, String line) {
        Matcher m = null;
        for (int i = next(line, 0); i >= 0; i = next(line, i + 1)) {
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
