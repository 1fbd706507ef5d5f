package org.policykg.extract.indicator;

import java.util.Optional;

/**
 * "新辟4条、优化调整8条公交线路": values listed with 、 share the noun after the last of them, each
 * keeping its own words before (新辟 …, 优化调整 …). A value with nothing after it and no list keeps the
 * words before it. Reads every value the rules before it leave, so it comes last of the own-words rules.
 */
final class ListedQuantities implements TargetRule<String> {
    @Override
    public Optional<String> read(ValueSite site) {
        return Optional.of(ShortMeasure.continued(sharedNoun(site), site));
    }

    private static String sharedNoun(ValueSite site) {
        String own = LabelCleaner.before(site.verbEnding());
        String s = site.sentence();
        int i = site.index();
        boolean listed = s.substring(ValueSite.tailEnd(s, site.value()), site.clause().end()).startsWith("、");
        if (!listed || i + 1 >= site.mentions().size() || !site.clause().contains(site.mentions().get(i + 1).start())) {
            return own;
        }
        String noun = LabelCleaner.after(ValueSite.afterText(s, site.clause(), site.mentions(), i + 1));
        return noun.isEmpty() ? own : own + noun;
    }
}
