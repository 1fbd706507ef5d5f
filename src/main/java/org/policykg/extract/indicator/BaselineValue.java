package org.policykg.extract.indicator;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "由2015年的85%提高到95%": the first value is where the measure starts, not a target. It is kept
 * as the baseline of the value that follows it.
 */
record BaselineValue(String label, BigDecimal value, Integer year) {
    static final Pattern FROM = Pattern.compile("(由|从)\\s*((20\\d{2})\\s*年(底|末)?)?\\s*的?\\s*$");
    private static final Pattern TO = Pattern.compile(
            "^\\s*(的)?(水平)?\\s*(提高|提升|下降|降低|增加|减少|增长|上升|降|压减|削减)(到|至)");

    /** The baseline a value states, or null when the value is not one. */
    static BaselineValue of(String before, String after, NumberMention m) {
        // every FROM match holds 由 or 从: without either the regex, tried at every position, finds nothing
        if (before.indexOf('由') < 0 && before.indexOf('从') < 0) {
            return null;
        }
        Matcher from = FROM.matcher(before);
        if (!from.find() || !TO.matcher(after).find()) {
            return null;
        }
        Integer year = from.group(3) == null ? null : Integer.valueOf(from.group(3));
        return new BaselineValue(LabelCleaner.trim(before.substring(0, from.start())), m.value(), year);
    }
}
