package org.policykg.extract.indicator;

import java.util.regex.Pattern;

/**
 * Reads a time limit: "省出台文件后2个月内完成", "整改工作30日内完成", "15个工作日". The number says how
 * long a task may take, not a level the plan sets for a measure; it is no target. A number of days
 * that is itself the measure (优良天数达到300天) names no limit: only 天 followed by 内 does.
 */
final class TimeLimit {
    private static final Pattern LIMIT = Pattern.compile(
            "^[\\d.]+(\\s*[-—~～－–至到]\\s*[\\d.]+)?\\s*(个\\s*(月|工作日|星期)|工作日|(天|日|周|小时|星期)\\s*(内|之内|以内))");

    private TimeLimit() {
    }

    /** Whether the number at {@code m} is a time limit. */
    static boolean isTimeLimit(String s, NumberMention m) {
        return LIMIT.matcher(s).region(m.start(), s.length()).lookingAt();
    }
}
