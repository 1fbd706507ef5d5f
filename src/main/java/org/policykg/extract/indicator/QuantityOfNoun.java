package org.policykg.extract.indicator;

import java.util.Optional;

/**
 * The value first, as a quantity of something: "完成251个村的村庄污水治理工作", "60万亩低质低效林改造".
 * The measure is what is written after the value.
 */
final class QuantityOfNoun implements TargetRule<String> {
    @Override
    public Optional<String> read(ValueSite site) {
        return site.afterLabel().isEmpty() ? Optional.empty() : Optional.of(site.afterLabel());
    }
}
