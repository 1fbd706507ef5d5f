package org.policykg.extract.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads measures and values listed on both sides of one verb: "万元国内生产总值用水量、万元工业增加值用水量
 * 比2015年分别下降24%、25%以上", "氮氧化物和VOCs排放量分别削减8%和10%以上". The values pair with the
 * measures in the order written, and a value listed after another ("、25%以上") is set by the same
 * verb: a fall stays a fall even when 以上 follows it.
 */
final class PairedMeasures {
    private static final Pattern JOINER = Pattern.compile("^\\s*(、|和|及|与|以及|，|,)?\\s*$");

    private PairedMeasures() {
    }

    /** Whether the text between the previous value and this one only lists it ("、", "和"). */
    static boolean isListed(String between) {
        return !between.isEmpty() && JOINER.matcher(between).matches();
    }

    /**
     * The targets of one clause with the measures shared out: a run of values given the same label
     * that names as many measures as there are values gets one measure each, in order.
     */
    static List<Target> pair(List<Target> clauseTargets) {
        List<Target> out = new ArrayList<>();
        int i = 0;
        while (i < clauseTargets.size()) {
            int j = i + 1;
            String label = clauseTargets.get(i).indicator();
            while (j < clauseTargets.size() && clauseTargets.get(j).indicator().equals(label)) {
                j++;
            }
            List<String> measures = SharedLabel.split(label);
            for (int k = i; k < j; k++) {
                Target t = clauseTargets.get(k);
                out.add(j - i > 1 && measures.size() == j - i ? relabel(t, measures.get(k - i)) : t);
            }
            i = j;
        }
        return out;
    }

    static Target relabel(Target t, String label) {
        return new Target(label, t.value(), t.valueText(), t.unit(), t.comparator(), t.year(), t.baseline(),
                t.baselineYear(), t.span(), t.task());
    }
}
