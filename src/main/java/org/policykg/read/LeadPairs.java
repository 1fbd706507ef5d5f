package org.policykg.read;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

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
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            if (firsts.get(c) && seconds.get(c).indexOf(line.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
