package org.policykg.extract.indicator;

import java.util.Optional;

/**
 * "化学需氧量、氨氮排放量分别下降6%、7%": a value listed right after a change (、, 和, 及 only between)
 * is the same change, whatever words follow it.
 */
final class ListedChange implements TargetRule<Comparator> {
    @Override
    public Optional<Comparator> read(ValueSite site) {
        Target last = site.lastEarlier();
        if (last == null || !last.comparator().isChange() || !PairedMeasures.isListed(site.before())) {
            return Optional.empty();
        }
        return Optional.of(last.comparator());
    }
}
