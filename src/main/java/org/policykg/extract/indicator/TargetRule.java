package org.policykg.extract.indicator;

import java.util.List;
import java.util.Optional;

/**
 * One way a plan's prose writes a part of a target next to its value: the measure (优良天数比率达到83%,
 * 完成251个村的污水治理) or the comparator (达到, 以上, 保有量). {@link ProseTargetReader} asks its rules for
 * each part in order and the first that reads its form there decides. A new way of writing is a new
 * class listed there, not an edit of the reader.
 *
 * @param <T> the part read: {@code String} for the measure, {@link Comparator} for the comparator
 */
interface TargetRule<T> {
    /** What this rule reads for the value, or empty when its form is not written there. */
    Optional<T> read(ValueSite site);

    /** The answer of the first rule that reads its form at the value. */
    static <T> Optional<T> first(List<? extends TargetRule<T>> rules, ValueSite site) {
        for (TargetRule<T> rule : rules) {
            Optional<T> read = rule.read(site);
            if (read.isPresent()) {
                return read;
            }
        }
        return Optional.empty();
    }
}
