package org.policykg.extract.indicator;

import java.util.Optional;

/** "污水处理率由2015年的85%提高到95%": the value after a baseline sets the baseline's measure ({@link BaselineValue}). */
final class BaselineMeasure implements TargetRule<String> {
    @Override
    public Optional<String> read(ValueSite site) {
        BaselineValue b = site.baseline();
        return b == null || b.label().isEmpty() ? Optional.empty() : Optional.of(b.label());
    }
}
