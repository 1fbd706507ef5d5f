package org.policykg.extract.indicator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the unit written right after a number. Units are matched longest first so that 万立方米
 * wins over 立方米 and 个百分点 over 个. Each unit has a kind, because what a number counts decides
 * whether it can be a target at all (a boiler's 蒸吨/小时 only qualifies scope).
 */
final class UnitReader {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    enum Kind {
        /** A measured quantity: rates, concentrations, areas, lengths, money, mass. */
        MEASURE,
        /** A count of things (个, 项, 条 …). */
        COUNT,
        /** Capacity of a plant or boiler; such numbers qualify scope and are never targets. */
        CAPACITY,
        /** Counts of categories (大类, 类), which describe the plan rather than set a target. */
        CATEGORY
    }

    record Unit(String written, Kind kind) {
        int length() {
            return written.length();
        }
    }

    private static final List<String> CAPACITY = List.of("蒸吨/小时", "蒸吨/时", "蒸吨", "万千瓦", "千瓦", "兆瓦",
            "万吨/日", "万吨/天", "万吨/年", "吨/日", "吨/天", "吨/小时", "立方米/日", "立方米/天", "t/d", "t/h", "MW", "kW");
    private static final List<String> CATEGORY = List.of("大类", "类", "个方面", "大行动", "大工程");
    private static final List<String> MEASURE = List.of("微克/立方米", "微克每立方米", "μg/m³", "μg/m3", "ug/m3",
            "µg/m³", "µg/m3", "毫克/立方米", "毫克/升", "mg/L", "mg/l", "个百分点", "百分点", "%", "％", "‰",
            "立方米/万元", "m³/万元", "m3/万元", "吨/万元", "吨标准煤/万元", "万吨标准煤", "吨标准煤",
            "吨标煤/万元", "千克标准煤/万元", "千克标煤/万元", "万吨标煤", "吨标煤", "万立方米", "亿立方米",
            "立方米", "m³", "万平方米", "平方米", "平方公里", "平方千米", "km²", "万公顷", "公顷", "万亩", "亩",
            "亿吨", "万吨", "吨", "千克", "公斤", "亿千瓦时", "万千瓦时", "千瓦时", "亿元", "万元", "亿", "元",
            "公里", "千米", "km", "米", "分贝", "天", "小时", "倍");
    private static final List<String> COUNT = List.of("个", "项", "条", "户", "台", "座", "家", "处", "辆", "所",
            "套", "张", "人次", "万人", "人", "万株", "株", "棵", "只", "批", "次", "种", "宗", "栋", "艘", "根",
            "片", "村", "万户", "万辆", "部", "支", "名", "场");

    private static final List<Unit> UNITS = Stream.of(
                    CAPACITY.stream().map(u -> new Unit(u, Kind.CAPACITY)),
                    CATEGORY.stream().map(u -> new Unit(u, Kind.CATEGORY)),
                    MEASURE.stream().map(u -> new Unit(u, Kind.MEASURE)),
                    COUNT.stream().map(u -> new Unit(u, Kind.COUNT)))
            .flatMap(s -> s)
            .sorted(Comparator.comparingInt(Unit::length).reversed())
            .toList();

    /**
     * {@link #UNITS} by first character, each list in the order of {@link #UNITS}: a unit can start at a
     * character only when it starts with it, so the first of its list that is written there is the first
     * of {@link #UNITS} that is.
     */
    private static final Map<Character, List<Unit>> BY_FIRST_CHAR = UNITS.stream()
            .collect(Collectors.groupingBy(u -> u.written().charAt(0), LinkedHashMap::new, Collectors.toList()));

    private UnitReader() {
    }

    /** The unit starting at {@code from} (spaces skipped), or null when none is written there. */
    static Unit read(String text, int from) {
        int i = skipSpaces(text, from);
        if (i >= text.length()) {
            return null;
        }
        for (Unit unit : BY_FIRST_CHAR.getOrDefault(text.charAt(i), List.of())) {
            if (text.startsWith(unit.written(), i)) {
                return unit;
            }
        }
        return null;
    }

    /** The first unit of {@link #UNITS} written at {@code i}, trying every unit: what {@link #read} answers faster. */
    static Unit readTryingAll(String text, int from) {
        int i = skipSpaces(text, from);
        for (Unit unit : UNITS) {
            if (text.startsWith(unit.written(), i)) {
                return unit;
            }
        }
        return null;
    }

    /** Where the unit found by {@link #read} ends. */
    static int end(String text, int from, Unit unit) {
        return skipSpaces(text, from) + unit.length();
    }

    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    /** A unit as written in a table cell, with the spaces of a wrapped PDF cell removed (m ³ / 万元 → m³/万元). */
    static String tidy(String written) {
        return SPACE.matcher(written).replaceAll("").replace("m3", "m³").replace("m2", "m²");
    }
}
