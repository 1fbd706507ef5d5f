package org.policykg.extract.indicator;

import java.util.Optional;

/**
 * The measure first, the value after a verb: "空气质量优良天数比率达到83%以上", "单位GDP能耗下降15%".
 * After 实现 the measure may go on after the value ("实现100%全覆盖": 覆盖). A short measure continues
 * the sentence's one before it ({@link ShortMeasure}).
 */
final class MeasureBeforeVerb implements TargetRule<String> {
    @Override
    public Optional<String> read(ValueSite site) {
        if (!site.verbBefore()) {
            return Optional.empty();
        }
        String label = LabelCleaner.before(site.verbEnding());
        if (site.before().strip().endsWith("实现") && !site.afterLabel().isEmpty()) {
            label = label + site.afterLabel();
        }
        return Optional.of(ShortMeasure.continued(label, site));
    }
}
