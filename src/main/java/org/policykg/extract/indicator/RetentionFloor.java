package org.policykg.extract.indicator;

import java.util.Optional;
import java.util.regex.Pattern;

/** "耕地保有量1200万亩", "湿地保护面积…": an amount to keep is a floor, with no comparing word written. */
final class RetentionFloor implements TargetRule<Comparator> {
    private static final Pattern RETENTION = Pattern.compile("(保有量|保护面积|保有率)$");

    @Override
    public Optional<Comparator> read(ValueSite site) {
        return RETENTION.matcher(site.measure()).find() ? Optional.of(Comparator.GE) : Optional.empty();
    }
}
