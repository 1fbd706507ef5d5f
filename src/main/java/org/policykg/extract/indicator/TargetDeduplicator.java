package org.policykg.extract.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan often states a target twice (in its goals and again in the task that delivers it, or in
 * the indicator table and in prose). The same value and unit for a closely similar label is one
 * target; the first statement (tables are read first) is kept. The same measure with a different
 * value stays two targets.
 */
final class TargetDeduplicator {
    /** Stricter than "similar" so that 发现率 100% and 拆除率 100% of one subject stay apart. */
    private static final double SAME_LABEL = 0.7;

    private TargetDeduplicator() {
    }

    static List<Target> dedupe(List<Target> targets) {
        List<Target> out = new ArrayList<>();
        for (Target t : targets) {
            if (!sameAsAny(out, t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code kept.stream().anyMatch(k -> same(k, t))} as a plain loop: it runs for every pair of targets. */
    private static boolean sameAsAny(List<Target> kept, Target t) {
        for (Target k : kept) {
            if (same(k, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "垃圾分类参与率≥80%、准确率≥80%": two rates of one subject with the same value differ in the word
     * that names the rate, which the last two characters of the label carry.
     */
    private static boolean sameHead(String a, String b) {
        int n = 2;
        // the last n characters compared in place: equal to comparing the two substrings
        return a.length() < n || b.length() < n || a.regionMatches(a.length() - n, b, b.length() - n, n);
    }

    private static boolean same(Target a, Target b) {
        if (a.value() == null || b.value() == null) {
            return a.value() == b.value() && LabelSimilarity.key(a.indicator()).equals(LabelSimilarity.key(b.indicator()));
        }
        return a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit()) && sameHead(a.indicator(), b.indicator())
                && LabelSimilarity.similar(a.indicator(), b.indicator(), SAME_LABEL);
    }
}
