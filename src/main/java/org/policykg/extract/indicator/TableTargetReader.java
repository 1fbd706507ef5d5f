package org.policykg.extract.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.structure.Outline;
import org.policykg.structure.Table;
import org.policykg.structure.TableRow;

/**
 * Reads indicator tables (主要指标: 指标名称 | 单位 | 目标值, or 指标 | 2015年 | 2020年). Every row
 * with a name is a target; a cell without a number (完成市下达指标, —) is kept as a text target
 * without a value. A row with a name but neither unit nor value heads the short rows under it
 * (污水处理率 / 县城 95 → 县城污水处理率).
 */
final class TableTargetReader {
    private static final Pattern VALUE = Pattern.compile("^([≥≤><]|不低于|不高于|不超过|大于|小于)?\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern YEAR_HEADER = Pattern.compile("(20\\d{2})");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[(（]([^()（）]{1,8})[)）]$");
    private static final Pattern MEASURE_NAME = Pattern.compile(".*(率|比例|比重|量|度|数|面积|值|强度|指数)$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int CHILD_NAME = 4;

    private TableTargetReader() {
    }

    static List<Target> read(Outline outline, Integer documentYear) {
        List<Target> out = new ArrayList<>();
        for (Table table : outline.tables()) {
            Columns columns = Columns.of(table, documentYear);
            if (columns != null) {
                read(table, columns, out);
            }
        }
        return out;
    }

    /** Where name, unit, target and baseline are in a table, and the year the target column names. */
    record Columns(int name, int unit, int target, int baseline, Integer year) {
        static Columns of(Table table, Integer documentYear) {
            int name = table.column("指标名称", "指标", "名称");
            if (name < 0 || table.column("项目名称") >= 0) {
                return null;
            }
            int target = table.column("目标值", "目标", "规划值", "指标值");
            int baseline = table.column("现状", "基准", "基期");
            Integer year = documentYear;
            if (target < 0) {
                int[] years = yearColumns(table);
                target = years[1];
                baseline = baseline >= 0 ? baseline : years[0];
                year = target >= 0 ? yearOf(table.header().get(target)) : year;
            }
            return target < 0 ? null : new Columns(name, table.column("单位"), target, baseline, year);
        }

        /** The earliest and the latest column named by a year, or -1. */
        private static int[] yearColumns(Table table) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < table.header().size(); i++) {
                Integer y = yearOf(table.header().get(i));
                if (y != null) {
                    first = first < 0 || y < yearOf(table.header().get(first)) ? i : first;
                    last = last < 0 || y > yearOf(table.header().get(last)) ? i : last;
                }
            }
            return new int[] {first == last ? -1 : first, last};
        }

        private static Integer yearOf(String header) {
            Matcher m = YEAR_HEADER.matcher(header);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
    }

    private static void read(Table table, Columns c, List<Target> out) {
        String group = null;
        for (TableRow row : table.rows()) {
            String name = tidy(row.cell(c.name()));
            String cell = tidy(row.cell(c.target()));
            if (name.isEmpty()) {
                continue;
            }
            if (cell.isEmpty()) {
                group = MEASURE_NAME.matcher(name).matches() ? name : group;
                continue;
            }
            boolean child = group != null && name.length() <= CHILD_NAME && !MEASURE_NAME.matcher(name).matches();
            group = child ? group : null;
            out.add(target(child ? name + group : name, unit(row, c, name), cell, baseline(row, c), c.year(), row));
        }
    }

    private static Target target(String name, String unit, String cell, BigDecimal baseline, Integer year,
                                 TableRow row) {
        Matcher m = VALUE.matcher(cell);
        BigDecimal value = m.find() ? new BigDecimal(m.group(2)) : null;
        Comparator comparator = value == null ? Comparator.EQ : comparator(m.group(1));
        return new Target(name, value, cell, unit, comparator, year, baseline, null, row.span(), null);
    }

    private static Comparator comparator(String sign) {
        if (sign == null) {
            return Comparator.EQ;
        }
        return switch (sign) {
            case "≥", ">", "不低于", "大于" -> Comparator.GE;
            default -> Comparator.LE;
        };
    }

    private static String unit(TableRow row, Columns c, String name) {
        String unit = c.unit() >= 0 ? UnitReader.tidy(row.cell(c.unit())) : "";
        if (unit.isEmpty()) {
            Matcher m = UNIT_IN_NAME.matcher(name);
            unit = m.find() && UnitReader.read(m.group(1), 0) != null ? m.group(1) : "";
        }
        return unit;
    }

    private static BigDecimal baseline(TableRow row, Columns c) {
        if (c.baseline() < 0) {
            return null;
        }
        Matcher m = VALUE.matcher(tidy(row.cell(c.baseline())));
        return m.find() ? new BigDecimal(m.group(2)) : null;
    }

    /** Cells of a wrapped PDF table carry the line breaks as spaces (比 例); they are not part of the text. */
    private static String tidy(String cell) {
        return SPACE.matcher(cell).replaceAll("");
    }
}
