package org.policykg.extract.indicator;

import java.util.Optional;

/**
 * A value whose own words name no measure sets the sentence's last one again: "森林覆盖率到2020年达到
 * 25%，2025年达到28%" (the 2025 value is the same rate's).
 */
final class EarlierTargetMeasure implements TargetRule<String> {
    @Override
    public Optional<String> read(ValueSite site) {
        Target last = site.lastEarlier();
        return last == null || last.indicator().isEmpty() ? Optional.empty() : Optional.of(last.indicator());
    }
}
