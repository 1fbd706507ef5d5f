package org.policykg.extract.indicator;

import java.util.Optional;

/**
 * When no word says how a value bounds its measure: a percentage is a floor (水质达标率100%, the seeds'
 * convention), any other value exact. Always answers, so it comes last.
 */
final class UnitDefault implements TargetRule<Comparator> {
    @Override
    public Optional<Comparator> read(ValueSite site) {
        return Optional.of("%".equals(site.value().unitText()) ? Comparator.GE : Comparator.EQ);
    }
}
