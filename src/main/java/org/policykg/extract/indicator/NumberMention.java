package org.policykg.extract.indicator;

import java.math.BigDecimal;

/**
 * A number written in a clause with the unit after it; offsets are relative to the clause.
 *
 * @param value     the number (for a range, its lower bound)
 * @param upper     the upper bound of a range (40%-45% → 45), or null
 * @param unit      the unit read after the number (after the upper bound for 3-5条), or null
 * @param start     where the number starts
 * @param end       where the number, range and unit end
 * @param written   the number as written; for a range, the whole range with its units (40%-45%)
 */
record NumberMention(BigDecimal value, BigDecimal upper, UnitReader.Unit unit, int start, int end, String written) {

    boolean isRange() {
        return upper != null;
    }

    String unitText() {
        return unit == null ? "" : unit.written();
    }

    UnitReader.Kind kind() {
        return unit == null ? null : unit.kind();
    }
}
