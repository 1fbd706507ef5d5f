package org.policykg.extract.indicator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a count that names the things a rate is measured on: "列入考核的12个断面水质优良比例达到75%以上".
 * The 12 says which sections the 75% is taken over; the plan sets the 75%, not the 12. The count is
 * followed, in its clause and without a list in between, by a measure ending in a rate or level and
 * a verb that sets the next value.
 */
final class QualifyingCount {
    private static final Pattern LIST = Pattern.compile("[、和及与]|以及");
    private static final Pattern MEASURE = Pattern.compile("(率|比例|比重|浓度|指数|强度|占比)([(（][^)）]*[)）])?$");

    private QualifyingCount() {
    }

    /** Whether mention {@code i} counts the subjects of the value set after it in the same clause. */
    static boolean qualifies(String s, Clause clause, List<NumberMention> mentions, int i) {
        NumberMention m = mentions.get(i);
        if (m.kind() != UnitReader.Kind.COUNT || i + 1 >= mentions.size()) {
            return false;
        }
        NumberMention next = mentions.get(i + 1);
        if (!clause.contains(next.start())) {
            return false;
        }
        String between = s.substring(m.end(), next.start());
        if (LIST.matcher(between).find() || !ComparatorWords.endsWithVerb(between)) {
            return false;
        }
        String measure = between.strip();
        measure = measure.substring(0, measure.length() - ComparatorWords.verbLength(measure)).strip();
        return MEASURE.matcher(measure).find();
    }
}
