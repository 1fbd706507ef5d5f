package org.policykg.extract.indicator;

import java.util.Optional;

/**
 * "列为重点村的140个村": the value counts the noun written before it (…的), which the word after the value
 * only repeats by its head (村). The measure is the words before.
 */
final class CountedNounMeasure implements TargetRule<String> {
    @Override
    public Optional<String> read(ValueSite site) {
        if (site.verbBefore() || !countsNounBefore(site.before(), site.afterLabel())) {
            return Optional.empty();
        }
        return Optional.of(LabelCleaner.trim(site.before().strip()));
    }

    private static boolean countsNounBefore(String before, String afterLabel) {
        String b = before.strip();
        if (!b.endsWith("的") || afterLabel.isEmpty()) {
            return false;
        }
        String noun = b.substring(0, b.length() - 1);
        String tail = noun.substring(Math.max(0, noun.length() - 2));
        return tail.indexOf(afterLabel.charAt(0)) >= 0;
    }
}
