package org.policykg.extract.target;

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
            if (out.stream().noneMatch(kept -> same(kept, t))) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean same(Target a, Target b) {
        if (a.value() == null || b.value() == null) {
            return a.value() == b.value() && LabelSimilarity.key(a.indicator()).equals(LabelSimilarity.key(b.indicator()));
        }
        return a.value().compareTo(b.value()) == 0 && a.unit().equals(b.unit())
                && LabelSimilarity.similar(a.indicator(), b.indicator(), SAME_LABEL);
    }
}
