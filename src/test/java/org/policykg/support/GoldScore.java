package org.policykg.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Predictions scored against hand-checked gold the way the shared score.py scores them, so that a
 * regression test's floors mean the same as that script's figures: each gold row in turn takes the first
 * prediction it matches that no earlier gold row took, and precision, recall and F1 count those pairs.
 * Whether a pair matches (same source included) is the caller's rule.
 */
public final class GoldScore<R> {
    /** A gold row and the prediction it took. */
    public record Pair<R>(R gold, R predicted) {
    }

    private final int gold;
    private final int predicted;
    private final List<Pair<R>> pairs;

    private GoldScore(int gold, int predicted, List<Pair<R>> pairs) {
        this.gold = gold;
        this.predicted = predicted;
        this.pairs = pairs;
    }

    public static <R> GoldScore<R> of(List<R> gold, List<R> predicted, BiPredicate<R, R> same) {
        // By identity, as score.py's id(p): two equal predictions are two answers and may match two gold rows.
        Set<R> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Pair<R>> pairs = new ArrayList<>();
        for (R g : gold) {
            for (R p : predicted) {
                if (!taken.contains(p) && same.test(g, p)) {
                    taken.add(p);
                    pairs.add(new Pair<>(g, p));
                    break;
                }
            }
        }
        return new GoldScore<>(gold.size(), predicted.size(), List.copyOf(pairs));
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public int matched() {
        return pairs.size();
    }

    public List<Pair<R>> pairs() {
        return pairs;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) matched() / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched() / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The share of matched pairs that also agree on something else (a role, say); 0 when none matched. */
    public double agreement(BiPredicate<R, R> agree) {
        long agreeing = pairs.stream().filter(pair -> agree.test(pair.gold(), pair.predicted())).count();
        return pairs.isEmpty() ? 0 : (double) agreeing / pairs.size();
    }

    @Override
    public String toString() {
        return String.format("gold %d, predicted %d, matched %d, P %.3f R %.3f F1 %.3f",
                gold, predicted, matched(), precision(), recall(), f1());
    }
}
