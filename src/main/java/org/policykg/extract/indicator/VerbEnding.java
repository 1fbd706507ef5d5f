package org.policykg.extract.indicator;

import java.util.regex.Matcher;

import org.policykg.extract.pattern.EndChars;

/**
 * The verb phrase a text before a value ends with, worked out once: a value site asks whether there is one
 * (to tell the measure's place), which it is (for the comparator) and how long it is (to cut it off the
 * label). Each question used to run the same end patterns on the same text again; the answers are those of
 * the first pattern that finds, in the order {@link ComparatorWords} has always tried them (to a level,
 * change, level), so they cannot differ from running them anew.
 *
 * @param text   the text as given
 * @param verb   the text without the words that only soften the value (近, 约) and blanks
 * @param kind   which pattern found the ending
 * @param start  where in {@code verb} the found ending starts (-1 when none)
 * @param rising for {@link Kind#TO_LEVEL}: a rise to the level (提高到), not a fall (降至)
 */
record VerbEnding(String text, String verb, Kind kind, int start, boolean rising) {
    /** The end patterns of {@link ComparatorWords}, in the order tried. */
    enum Kind { TO_LEVEL, CHANGE, LEVEL, NONE }

    static VerbEnding of(String text) {
        String verb = ComparatorWords.stripApproximation(text);
        if (ComparatorWords.TO_LEVEL_ENDS.mayEnd(verb)) {
            Matcher m = ComparatorWords.TO_LEVEL_ENDS.tailMatcher(ComparatorWords.TO_LEVEL, verb);
            if (m.find()) {
                return new VerbEnding(text, verb, Kind.TO_LEVEL, m.start(), m.group(1) != null);
            }
        }
        VerbEnding change = found(text, verb, Kind.CHANGE, ComparatorWords.CHANGE_ENDS, ComparatorWords.CHANGE);
        if (change != null) {
            return change;
        }
        VerbEnding level = found(text, verb, Kind.LEVEL, ComparatorWords.LEVEL_ENDS, ComparatorWords.LEVEL_AT_END);
        return level != null ? level : new VerbEnding(text, verb, Kind.NONE, -1, false);
    }

    private static VerbEnding found(String text, String verb, Kind kind, EndChars ends, java.util.regex.Pattern pattern) {
        if (!ends.mayEnd(verb)) {
            return null;
        }
        Matcher m = ends.tailMatcher(pattern, verb);
        return m.find() ? new VerbEnding(text, verb, kind, m.start(), false) : null;
    }

    /** Whether the text ends with a verb that sets or changes the value. */
    boolean found() {
        return kind != Kind.NONE;
    }

    /** The length of the verb phrase at the end of the text as given, blanks and softening words included (0 when none). */
    int length() {
        return found() ? text.length() - start : 0;
    }
}
