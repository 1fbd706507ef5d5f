package org.policykg.extract.indicator;

import java.util.regex.Pattern;

/**
 * Reads a concentration "reached" as a ceiling: "PM2.5年均浓度比2015年下降20%，达到45微克/立方米". A
 * plan wants a pollutant's concentration low, so a concentration set with 达到/达/为 is the most it may
 * be; only words that say "at least" (不低于, 以上, ≥) would make it a floor, and a plan does not write them
 * for a pollutant.
 */
final class ConcentrationCeiling {
    private static final Pattern CONCENTRATION_UNIT = Pattern.compile("^(微克/立方米|微克每立方米|[μµu]g/m[³3]|毫克/立方米|毫克/升|mg/[Ll])$");
    private static final Pattern REACHED = Pattern.compile("(达到|达|为|实现)$");

    private ConcentrationCeiling() {
    }

    /** The comparator for a value read as {@code c}: LE where a concentration is only "reached". */
    static Comparator adjust(Comparator c, String verbBefore, String after, NumberMention m) {
        if (c != Comparator.GE || !CONCENTRATION_UNIT.matcher(m.unitText()).matches()) {
            return c;
        }
        boolean onlyReached = REACHED.matcher(verbBefore.strip()).find() && !after.strip().startsWith("以上")
                && !after.strip().startsWith("及以上");
        return onlyReached ? Comparator.LE : c;
    }
}
