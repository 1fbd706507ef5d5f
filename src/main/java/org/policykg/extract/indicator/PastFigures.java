package org.policykg.extract.indicator;

import java.util.regex.Pattern;

import org.policykg.structure.metadata.FiveYearPlans;

/**
 * Figures a plan reports rather than sets, told by time: a value for a year before the document was
 * issued (2020年…森林覆盖率达到70.8% in a plan issued in 2021; 到2020年底…达到95.2% in a 2022 plan),
 * or a value for an earlier five-year period ("十三五"期间…为98.5% in a 十四五 plan). The cut-off is the
 * year of issue, or the plan's first year when the date is unknown.
 */
final class PastFigures {
    private static final Pattern FUTURE = Pattern.compile("力争|确保|争取|计划|目标");

    private PastFigures() {
    }

    /**
     * @param upTo   the sentence up to the value
     * @param year   the year the value is for
     * @param cutoff the first year a target of the document can be for, or null when unknown
     */
    static boolean isPast(String upTo, Integer year, Integer cutoff) {
        if (cutoff == null) {
            return false;
        }
        if (year != null && year < cutoff) {
            return true;
        }
        return FiveYearPlans.period(upTo).map(p -> p.end() < cutoff).orElse(false) && !FUTURE.matcher(upTo).find();
    }
}
