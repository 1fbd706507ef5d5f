package org.policykg.extract.indicator;

import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;
import org.policykg.structure.LiteralAlternation;

/**
 * Tells numbers that are not targets from those that are. A plan is full of numbers that only
 * qualify what a measure covers (10蒸吨/小时及以下锅炉), name a date, count the plan's own parts
 * (11项专项行动, 8大类), set a quota per unit (每个县建设1条), report the past, or quote a range of
 * things (3-5条); none of them is a promise the plan can be held to.
 */
final class ScopeThresholdFilter {
    /**
     * "10蒸吨/小时及以下燃煤锅炉": a bound followed by the noun it delimits qualifies scope; "达到95%及以上。"
     * closes its clause and only bounds the value.
     */
    static final Pattern THRESHOLD_AFTER = Pattern.compile(
            "^\\s*((及以上|及以下)(?=的?[\\u4e00-\\u9fff])|以上至|以下的?[\\u4e00-\\u9fff&&[^目水]]|范围内|范围以内)");
    /** The plan's own extent (规划范围为…全域，面积552平方公里): a description, not a target. */
    static final LiteralAlternation PLAN_EXTENT = new LiteralAlternation(
            "规划范围", "规划区域", "规划区范围", "辖区面积", "国土总面积", "行政区域面积");
    /** A capacity the whole place is to reach (日处理能力新增5万吨/日) is a target; a plant's capacity is not. */
    private static final Pattern AGGREGATE_CAPACITY = Pattern.compile("(处理能力|供应能力|能力|总装机容量|装机容量|装机规模)(新增|达到|提高到|提升到|提升至|增加|增至)?$");
    static final Pattern DATE_AFTER = Pattern.compile("^\\s*(年|月|日|号|时|届|周年|世纪|季度|点|个月|多年)");
    private static final Pattern QUOTA_BEFORE = Pattern.compile(
            "每(个|一个|年|月|季度|季|周|天|日|县|乡|镇|村|户|条|家|所)|各(县|乡|镇|街道|村|区)[^，,]*参照");
    static final Pattern PLAN_PARTS_AFTER = Pattern.compile(
            "^\\s*(的)?(专项行动|行动|方面|举措|措施|重点任务|任务|大类|类别|阶段|步骤|部分|原则)");
    static final LiteralAlternation PAST = new LiteralAlternation(
            "已", "截至", "截止", "同比", "上年", "去年", "过去", "以来", "完成了", "达到了", "实现了", "现状", "基期");
    private static final String PROJECT_MONEY_WORDS = "总投资|计划投资|投资约|估算投资|投资额";
    static final Pattern PROJECT_MONEY_BEFORE = Pattern.compile("(" + PROJECT_MONEY_WORDS + ")$");
    static final EndChars PROJECT_MONEY_ENDS = EndChars.of(PROJECT_MONEY_WORDS);

    private ScopeThresholdFilter() {
    }

    /**
     * Why the number is not a target, or null when it may be one.
     *
     * @param sentence the sentence (brackets and quotes may span clauses)
     * @param clause   the clause of the sentence holding the number
     * @param m        the number, offsets relative to the sentence
     */
    static String reasonToSkip(String sentence, Clause clause, NumberMention m) {
        String before = sentence.substring(clause.start(), m.start());
        String after = sentence.substring(m.end(), clause.end());
        if (insideBrackets(sentence, m.start())) {
            return "in brackets or quotes";
        }
        if (PLAN_EXTENT.occursIn(sentence) && !ComparatorWords.endsWithVerb(before)) {
            return "the plan's own extent";
        }
        if (m.kind() == UnitReader.Kind.CAPACITY && AGGREGATE_CAPACITY.matcher(before.strip()).find()) {
            return null;
        }
        if (m.kind() == UnitReader.Kind.CAPACITY || m.kind() == UnitReader.Kind.CATEGORY) {
            return "capacity or category";
        }
        if (wordAfter(after, 0, THRESHOLD_FIRSTS) && THRESHOLD_AFTER.matcher(after).lookingAt()) {
            return "scope threshold";
        }
        if (mayHoldQuota(before) && QUOTA_BEFORE.matcher(before).find()) {
            return "per-unit quota";
        }
        if (m.kind() == UnitReader.Kind.COUNT && wordAfter(after, 0, PLAN_PARTS_FIRSTS) && PLAN_PARTS_AFTER.matcher(after).lookingAt()) {
            return "counts the plan's own parts";
        }
        if (m.isRange() && m.kind() != UnitReader.Kind.MEASURE) {
            return "range of things with no single value";
        }
        if (PAST.occursIn(sentence, clause.start(), clause.end())) {
            return "past figure";
        }
        if (moneyBefore(before.strip())) {
            return "a single project's money";
        }
        return null;
    }

    /*
     * THRESHOLD_AFTER, PLAN_PARTS_AFTER and DATE_AFTER start with ^ (not MULTILINE): find() can only match at
     * the start, which is what lookingAt() tries, and no other position.
     */

    /** Every quota starts with 每 or 各. */
    private static boolean mayHoldQuota(String before) {
        return before.indexOf('每') >= 0 || before.indexOf('各') >= 0;
    }

    private static boolean moneyBefore(String before) {
        return PROJECT_MONEY_ENDS.mayEnd(before) && PROJECT_MONEY_BEFORE.matcher(before).find();
    }

    /** A year, a date or an ordinal (2018年, 5月, 第3): never a quantity the plan sets. */
    static boolean isDateOrOrdinal(String s, NumberMention m) {
        return m.unit() == null && wordAfter(s, m.end(), DATE_FIRSTS) && DATE_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()
                || m.start() > 0 && s.charAt(m.start() - 1) == '第';
    }

    /** The first characters of DATE_AFTER's words (年, 月, 日, 号, 时, 届, 周年, 世纪, 季度, 点, 个月, 多年). */
    static final String DATE_FIRSTS = "年月日号时届周世季点个多";
    /** The same of THRESHOLD_AFTER's (及以上, 及以下, 以上至, 以下的?…, 范围内, 范围以内). */
    static final String THRESHOLD_FIRSTS = "及以范";
    /** The same of PLAN_PARTS_AFTER's: the optional 的, then 专项行动, 行动, 方面, 举措, 措施, 重点任务, …, 原则. */
    static final String PLAN_PARTS_FIRSTS = "的专行方举措重任大类阶步部原";

    /**
     * False only where DATE_AFTER, THRESHOLD_AFTER or PLAN_PARTS_AFTER (with {@code firsts} its words' first
     * characters) cannot match from {@code at}: each reads ASCII blanks ({@code \s}) and then a word, none of
     * whose first characters is a blank, so that word starts at the first character after them.
     */
    static boolean wordAfter(String s, int at, String firsts) {
        int i = at;
        while (i < s.length() && EndChars.ASCII_BLANKS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i < s.length() && firsts.indexOf(s.charAt(i)) >= 0;
    }

    /** Inside （）, 《》 or “” the number explains or names something; it is not what the plan sets. */
    static boolean insideBrackets(String s, int at) {
        int round = 0;
        int title = 0;
        int quote = 0;
        for (int i = 0; i < at; i++) {
            switch (s.charAt(i)) {
                case '(', '（' -> round++;
                case ')', '）' -> round = Math.max(0, round - 1);
                case '《' -> title++;
                case '》' -> title = Math.max(0, title - 1);
                case '“' -> quote++;
                case '”' -> quote = Math.max(0, quote - 1);
                default -> {
                }
            }
        }
        return round > 0 || title > 0 || quote > 0;
    }
}
