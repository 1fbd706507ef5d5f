package org.policykg.extract.indicator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the later milestones of one target: "2018年底前，城市黑臭水体消除比例达到80%；2019年底前，达到90%",
 * "6月底前完成30%，9月底前完成60%", "第一季度前完成20家，第二季度前完成40家". Each milestone is a target
 * of its own; the later ones name only their deadline and value, so the measure is the one of the
 * paragraph's target before them. The deadline (6月底前, 第三季度前, 上半年) is no part of the measure.
 */
final class Milestone implements TargetRule<String> {
    /** A deadline within the year, written before a milestone's value. */
    static final String DEADLINE = "\\d{1,2}\\s*月\\s*(\\d{1,2}\\s*日)?(底|末|份|中旬|上旬|下旬)?(前|以前|之前)?"
            + "|(第?[一二三四1-4]\\s*季度)(末|底)?(前|以前|之前)?|[上下]半年(前|以前|之前)?|年中";
    private static final Pattern ONLY_DEADLINE = Pattern.compile(
            "^(?:[\\s，,；;]|(?:到|至|在)?\\s*20\\d{2}\\s*年(?:底|末)?(?:前|以前|之前)?|" + DEADLINE + ")*"
                    + "(?:完成|达到|达|实现|全部完成|累计完成|累计达到)?\\s*$");

    /** The first value of a sentence whose words name only a deadline sets the paragraph's measure. */
    @Override
    public Optional<String> read(ValueSite site) {
        String paragraphLabel = site.context().paragraphLabel();
        if (!site.earlier().isEmpty() || paragraphLabel == null) {
            return Optional.empty();
        }
        String label = label(site.before(), paragraphLabel);
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /**
     * The measure of a value whose own words name only a deadline and a verb, or "" when they name
     * more (then they are a measure of their own, or no target).
     */
    static String label(String before, String paragraphLabel) {
        return ONLY_DEADLINE.matcher(before).matches() ? paragraphLabel : "";
    }
}
