package org.policykg.extract.indicator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "不断提高畜禽养殖粪便综合利用率，到2019年达到70%以上": the sentence's first value, naming no measure,
 * sets the one its sentence names in the nearest clause before it that holds no number.
 */
final class PreviousClauseMeasure implements TargetRule<String> {
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    @Override
    public Optional<String> read(ValueSite site) {
        if (!site.earlier().isEmpty()) {
            return Optional.empty();
        }
        int k = site.clauses().indexOf(site.clause());
        for (int j = k - 1; j >= 0; j--) {
            Clause c = site.clauses().get(j);
            String text = LabelCleaner.before(site.sentence().substring(c.start(), c.end()));
            if (!text.isEmpty() && !HAS_DIGIT.matcher(text).matches()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }
}
