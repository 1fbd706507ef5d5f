package org.policykg.extract.indicator;

/** How a target relates its value to the measure: a level to reach or keep, or a change by the value. */
public enum Comparator {
    /** The measure equals the value (a table's 目标值, "完成 N 个", 左右). */
    EQ,
    /** At least the value (达到, 以上, 不低于, 突破). */
    GE,
    /** At most the value (以下, 控制在, 不超过). */
    LE,
    /** The measure falls by the value (下降/减少/降低 N). */
    DECREASE,
    /** The measure rises by the value (增长/提高 N, N 个百分点). */
    INCREASE;

    /** Whether the value is a change of the measure rather than a level of it. */
    public boolean isChange() {
        return this == DECREASE || this == INCREASE;
    }

    /** Lower-case name as used in the evaluation TSV (eq, ge, le, decrease, increase). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
