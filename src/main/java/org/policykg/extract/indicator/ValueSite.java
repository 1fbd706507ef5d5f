package org.policykg.extract.indicator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A value of a sentence with what the target rules read around it.
 *
 * @param context    the sentence, where it stands and the years that apply
 * @param clauses    the sentence's clauses
 * @param clause     the clause of the value
 * @param mentions   the sentence's quantities, in order
 * @param index      the value's place among them
 * @param before     the words of its clause before it, from after the previous value of the clause
 * @param afterLabel the measure written after it, cleaned ("" when none)
 * @param verbEnding the verb phrase {@code before} ends with, if any, worked out once for every rule that asks
 * @param earlier    the targets the sentence has set before it
 * @param baseline   the baseline stated just before it (由85%提高到95%), or null
 * @param measure    its measure once read, else null (the comparator rules read it)
 */
record ValueSite(ProseTargetReader.Context context, List<Clause> clauses, Clause clause, List<NumberMention> mentions,
                 int index, String before, String afterLabel, VerbEnding verbEnding, List<Target> earlier,
                 BaselineValue baseline, String measure) {
    private static final Pattern TAIL = Pattern.compile("^\\s*(以上|以下|左右|以内|之内)");

    static ValueSite of(ProseTargetReader.Context context, List<Clause> clauses, Clause clause,
                        List<NumberMention> mentions, int index, String before, List<Target> earlier, BaselineValue baseline) {
        String afterLabel = LabelCleaner.after(afterText(context.sentence(), clause, mentions, index));
        return new ValueSite(context, clauses, clause, mentions, index, before, afterLabel,
                VerbEnding.of(before), earlier, baseline, null);
    }

    ValueSite withMeasure(String m) {
        return new ValueSite(context, clauses, clause, mentions, index, before, afterLabel, verbEnding, earlier, baseline, m);
    }

    /** Whether {@code before} ends with a verb that sets or changes the value. */
    boolean verbBefore() {
        return verbEnding.found();
    }

    String sentence() {
        return context.sentence();
    }

    NumberMention value() {
        return mentions.get(index);
    }

    /** The clause's words after the value, as written. */
    String afterValue() {
        return sentence().substring(value().end(), clause.end());
    }

    /** The target the sentence set last before this value, or null. */
    Target lastEarlier() {
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    }

    /** Text after value {@code i} up to the next value of the clause, stopping at the 、 that lists it. */
    static String afterText(String s, Clause clause, List<NumberMention> mentions, int i) {
        int from = Math.min(tailEnd(s, mentions.get(i)), clause.end());
        int to = clause.end();
        if (i + 1 < mentions.size() && clause.contains(mentions.get(i + 1).start())) {
            int next = mentions.get(i + 1).start();
            int listed = s.lastIndexOf('、', next);
            to = listed >= from ? listed : next;
        }
        return s.substring(from, Math.max(from, to));
    }

    /** Where a value ends with the 以上/左右 that bounds it. */
    static int tailEnd(String s, NumberMention m) {
        var tail = TAIL.matcher(s).region(m.end(), s.length());
        return tail.lookingAt() ? tail.end() : m.end();
    }
}
