package org.policykg.extract.indicator;

import java.math.BigDecimal;

import org.policykg.normalize.Span;
import org.policykg.structure.Task;

/**
 * A numeric (or, from an indicator table, textual) target the document sets for the future.
 *
 * @param indicator    the measure as written, Simplified (e.g. 全市化肥使用量)
 * @param value        the promised number; null for a text target (完成市下达指标, —)
 * @param valueText    the value as written (e.g. 38, 40%-45%, 完成市下达指标, —)
 * @param unit         the unit as written (%, 万亩, 微克/立方米, 个); empty for a bare number
 * @param comparator   how the value bounds the measure
 * @param year         the target year, or null when neither the text nor the caller gives one
 * @param baseline     a stated starting value, or null
 * @param baselineYear the year a change is measured from (比2015年 → 2015), or null
 * @param span         where the value (prose) or the row (table) is in the source
 * @param task         the task the target belongs to, or null
 */
public record Target(String indicator, BigDecimal value, String valueText, String unit, Comparator comparator,
                     Integer year, BigDecimal baseline, Integer baselineYear, Span span, Task task) {

    public boolean hasValue() {
        return value != null;
    }

    Target withTask(Task newTask) {
        return new Target(indicator, value, valueText, unit, comparator, year, baseline, baselineYear, span, newTask);
    }
}
