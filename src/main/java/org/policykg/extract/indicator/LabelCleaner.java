package org.policykg.extract.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;
import org.policykg.extract.pattern.StartChars;

/**
 * Turns the words around a value into the label of the measure: the connectives, time phrases and
 * leading verbs of the sentence (力争、到2020年、确保、完成) are not part of what is measured, nor are
 * the examples an enumeration lists before 等 ("低质低效林改造、湿地保护等生态屏障建设类项目").
 */
final class LabelCleaner {
    static final Pattern LEADING = Pattern.compile("^(——|—|－|-|\\||｜|、|，|,|：|:|\\s|其中|同时|并且|并|且|和|及|以及|另外|此外"
            + "|通过|在|对|将|把|使|让|要|力争|确保|争取|努力|全力|计划|累计|基本实现|基本完成|进一步|全面|实现|不断|持续|逐步|稳步|切实"
            + "|加快|推动|推进|有计划地|完成|实施|创建|争创|启动创建|启动|培育|打造|开展|提高|提升|保持|全年|年内|年底前|今年"
            + "|当年|分别|共|总计|合计|列为|作为|纳入|到?\\s*20\\d{2}\\s*年(底|末)?前?|全部|" + Milestone.DEADLINE + ")");
    static final String TRAILING_WORDS =
            "的|和|及|与|以及|、|，|,|等|\\s|分别|均|都|保持|继续|将|要|力争|确保|争取|努力|目标任务|年度任务|目标|任务|工作|计划|指标|年度|的?要求";
    static final Pattern TRAILING = Pattern.compile("(" + TRAILING_WORDS + ")$");
    static final Pattern TRAILING_BRACKETS = Pattern.compile("[(（][^()（）]*[)）]$");
    /*
     * The end-anchored patterns match only a text ending with their words' (or brackets') last characters;
     * the checks below skip the regex where the text ends otherwise, with the same result.
     */
    static final EndChars TRAILING_ENDS = EndChars.of(TRAILING_WORDS);
    static final EndChars BRACKET_ENDS = EndChars.ofChars(")）");
    /**
     * The characters a match of LEADING can begin with, read off its alternatives in order: the literal words'
     * first characters (——, \\|, 、, 其中, …, 纳入, 全部), an ASCII blank (\\s), 到/a blank/2 (到?\\s*20\\d{2}年),
     * and {@link Milestone#DEADLINE}'s: an ASCII digit (\\d{1,2}月), 第/一二三四/1-4 (第?[一二三四1-4]季度),
     * 上下 ([上下]半年), 年 (年中). No alternative matches the empty text or begins outside the basic plane, so a
     * label beginning otherwise (most do) cannot match and needs no matcher.
     */
    static final StartChars LEADING_STARTS = StartChars.of("—－-|｜、，,：:" + EndChars.ASCII_BLANKS
            + "其同并且和及以另此通在对将把使让要力确争努全计累基进实不持逐稳切加推有完创启培打开提保年今当分共总合列作纳"
            + "到2" + "0123456789" + "第一二三四" + "上下" + "年");
    /** Every {@link #BASELINE} holds a year 20XX: without "20" it cannot match. */
    private static final String YEAR_START = "20";
    private static final Pattern BRACKETED = Pattern.compile("[(（][^()（）]*[)）]");
    /** 等 closing an enumeration; in 等级, 等次, 等于, 等同 it is part of a word ("其中等级为优的天数"). */
    private static final Pattern ETC = Pattern.compile("等(?![级次于同])");
    private static final Pattern BASELINE = Pattern.compile("(较|比|与|同|由|从)\\s*(20\\d{2})\\s*年(底|末)?(相比)?的?");
    private static final Pattern ANY_VERB = Pattern.compile("(达到|达|不低于|突破|超过|控制在|稳定在|保持在|保持|不超过|(?<![列作成认])为)");

    private LabelCleaner() {
    }

    /** The label written before a value ("PM2.5浓度下降至" → PM2.5浓度). */
    static String before(String segment) {
        return before(VerbEnding.of(segment));
    }

    /**
     * The same for a segment whose verb ending is worked out already ({@link ValueSite#verbEnding}): it is
     * used as it is unless taking out the baseline changed the text, when the ending is worked out anew.
     */
    static String before(VerbEnding ofSegment) {
        String segment = ofSegment.text();
        String s = segment.contains(YEAR_START) ? BASELINE.matcher(segment).replaceAll("") : segment;
        int verb = (s.equals(segment) ? ofSegment : VerbEnding.of(s)).length();
        s = verb > 0 ? s.substring(0, s.length() - verb) : cutAtDenominator(s);
        s = afterLastEtc(s);
        return trim(s);
    }

    /** The label written after a value ("251个村的村庄污水治理工作" → 村的村庄污水治理). */
    static String after(String text) {
        String s = text.strip();
        while (s.startsWith("的")) {
            s = s.substring(1);
        }
        return trim(BRACKET_ENDS.mayEnd(s) ? TRAILING_BRACKETS.matcher(s).replaceAll("") : s);
    }

    /** The baseline year a segment names (比2015年 → 2015), or null. */
    static Integer baselineYear(String segment) {
        Integer year = null;
        if (!segment.contains(YEAR_START)) {
            return year;
        }
        Matcher m = BASELINE.matcher(segment);
        while (m.find()) {
            year = Integer.valueOf(m.group(2));
        }
        return year;
    }

    /** Leading connectives and verbs and trailing particles removed, repeatedly. */
    static String trim(String label) {
        String s = label.strip();
        String previous;
        do {
            previous = s;
            s = withoutLeading(s);
            s = TRAILING_ENDS.mayEnd(s) ? TRAILING.matcher(s).replaceFirst("") : s;
            s = BRACKET_ENDS.mayEnd(s) && TRAILING_BRACKETS.matcher(s).find() && s.length() > 0 && isOnlyBrackets(s) ? "" : s;
        } while (!s.equals(previous));
        return s;
    }

    /** {@code LEADING.matcher(s).replaceFirst("")}: LEADING starts with ^, so its only match is the one lookingAt() finds. */
    private static String withoutLeading(String s) {
        if (!LEADING_STARTS.mayStart(s)) {
            return s;
        }
        Matcher leading = LEADING.matcher(s);
        return leading.lookingAt() ? s.substring(leading.end()) : s;
    }

    /** "海绵城市建设面积达到城市建成区面积的" — the words after the verb name the denominator, not the measure. */
    private static String cutAtDenominator(String s) {
        if (!s.endsWith("的")) {
            return s;
        }
        Matcher m = ANY_VERB.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last > 0 ? s.substring(0, last) : s;
    }

    private static String afterLastEtc(String s) {
        if (s.indexOf('等') < 0) { // every match is a 等
            return s;
        }
        Matcher etc = ETC.matcher(s);
        int last = -1;
        while (etc.find()) {
            last = etc.start();
        }
        return last >= 0 && s.length() - last > 2 ? s.substring(last + 1) : s;
    }

    private static boolean isOnlyBrackets(String s) {
        return BRACKETED.matcher(s).matches();
    }
}
