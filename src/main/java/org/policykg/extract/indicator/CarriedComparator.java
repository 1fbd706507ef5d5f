package org.policykg.extract.indicator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value with only a few words of its own and no comparing word ("…拆除率不低于90%、发现率100%") is compared
 * like the sentence's target before it. Not a quantity of work: "完成退化林修复2000亩" is a count to finish,
 * whatever the value before it was.
 */
final class CarriedComparator implements TargetRule<Comparator> {
    private static final Pattern ACTION = Pattern.compile("完成|新建|建成|新增|创建|改造|治理|修复|整治|淘汰");

    @Override
    public Optional<Comparator> read(ValueSite site) {
        Target last = site.lastEarlier();
        if (last == null || LabelCleaner.trim(site.before()).length() > ShortMeasure.LENGTH + 6
                || ACTION.matcher(site.before()).find()) {
            return Optional.empty();
        }
        return Optional.of(last.comparator());
    }
}
