package org.policykg.extract.project;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an amount of money as 万元, the unit project tables use; 亿 is ten thousand 万. */
final class Investment {
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(亿元|亿|万元|万|元)?");
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    private Investment() {
    }

    /**
     * The amount in 万元, or null when the cell holds none (—, -, empty).
     *
     * @param cell       the cell or phrase as written
     * @param headerUnit the unit the column header names (万元 or 亿元), used when the cell names none
     */
    static BigDecimal wan(String cell, String headerUnit) {
        Matcher m = AMOUNT.matcher(cell.replace(",", "").replace("，", ""));
        if (!m.find()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2) != null ? m.group(2) : headerUnit;
        if (unit != null && unit.startsWith("亿")) {
            return value.multiply(WAN_PER_YI).stripTrailingZeros();
        }
        if ("元".equals(unit)) {
            return value.divide(WAN_PER_YI).stripTrailingZeros();
        }
        return value;
    }

    /** The money unit a column header names, e.g. 计划投资（万元） → 万元; null when none. */
    static String headerUnit(String header) {
        if (header.contains("亿元")) {
            return "亿元";
        }
        return header.contains("万元") ? "万元" : null;
    }
}
