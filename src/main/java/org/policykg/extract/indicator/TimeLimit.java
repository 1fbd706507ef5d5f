package org.policykg.extract.indicator;

import java.util.regex.Pattern;

/**
 * Reads a time limit: "省出台文件后2个月内完成", "整改工作30日内完成", "15个工作日". The number says how
 * long a task may take, not a level the plan sets for a measure; it is no target. A number of days
 * that is itself the measure (优良天数达到300天) names no limit: only 天 followed by 内 does.
 */
final class TimeLimit {
    static final Pattern LIMIT = Pattern.compile(
            "^[\\d.]+(\\s*[-—~～－–至到]\\s*[\\d.]+)?\\s*(个\\s*(月|工作日|星期)|工作日|(天|日|周|小时|星期)\\s*(内|之内|以内))");

    /**
     * What a match of {@link #LIMIT} holds before its unit word: {@code [\d.]}, {@code \s} (ASCII) and the
     * range signs.
     */
    private static final String BEFORE_UNIT = "0123456789. \t\n\u000B\f\r-—~～－–至到";
    /** The first characters of LIMIT's unit words (个…, 工作日, 天, 日, 周, 小时, 星期): none of BEFORE_UNIT. */
    private static final String UNIT_FIRSTS = "个工天日周小星";

    private TimeLimit() {
    }

    /** Whether the number at {@code m} is a time limit. */
    static boolean isTimeLimit(String s, NumberMention m) {
        return unitMayFollow(s, m.start()) && LIMIT.matcher(s).region(m.start(), s.length()).lookingAt();
    }

    /**
     * False only where LIMIT cannot match from {@code start}: a match is characters of {@link #BEFORE_UNIT},
     * then a unit word, whose first character is none of them, so it is the first character after the run of
     * BEFORE_UNIT from {@code start}; when that is none of {@link #UNIT_FIRSTS}, there is no match.
     */
    static boolean unitMayFollow(String s, int start) {
        int i = start;
        while (i < s.length() && BEFORE_UNIT.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && UNIT_FIRSTS.indexOf(s.charAt(i)) >= 0;
    }
}
