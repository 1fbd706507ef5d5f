package org.policykg.structure.metadata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words a Chinese policy document's title ends with, which say what kind of document it is
 * (办法, 规划, 实施方案 …). A title is recognised by its ending, never by a list of known titles.
 */
public final class DocumentTypes {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]");
    /** Endings, longest first so that 实施细则 wins over 细则. Each maps to the type reported. */
    private static final List<String[]> ENDINGS = sorted(new String[][]{
            {"任务书", "任务书"}, {"目标任务", "任务书"}, {"责任书", "责任书"}, {"要点", "要点"},
            {"通知", "通知"}, {"通告", "通告"}, {"公告", "公告"}, {"公报", "公报"}, {"通报", "通报"}, {"批复", "批复"}, {"函", "函"},
            {"决定", "决定"}, {"决议", "决议"}, {"意见", "意见"}, {"指导意见", "意见"}, {"实施意见", "意见"},
            {"方案", "方案"}, {"规划", "规划"}, {"区划", "规划"}, {"计划", "计划"}, {"纲要", "纲要"}, {"纲领", "纲要"},
            {"办法", "办法"}, {"细则", "细则"}, {"条例", "条例"}, {"规定", "规定"}, {"规则", "规则"},
            {"法", "法"}, {"标准", "标准"}, {"规范", "规范"}, {"规程", "规范"}, {"导则", "规范"}, {"指标", "标准"},
            {"指南", "指南"}, {"指引", "指南"}, {"目录", "目录"}, {"清单", "清单"}, {"名录", "名录"},
            {"制度", "制度"}, {"准则", "准则"}, {"守则", "守则"}, {"章程", "章程"}, {"措施", "措施"},
            {"报告", "报告"}, {"公约", "公约"}, {"协定", "协定"}, {"议定书", "协定"}, {"协议", "协议"},
            {"战略", "战略"}, {"行动", "行动"}, {"令", "令"}, {"政策", "政策"}});

    /** Qualifiers written after the type: (试行), (2016-2020), (2014年修编), (征求意见稿). */
    static final Pattern TRAILING_QUALIFIER = Pattern.compile("([\\s\\u3000]*[(（〔\\[【][^()（）〔〕]{1,16}[)）〕\\]】])+$");
    /** 中国制造2025-style strategy names end in their target year. */
    private static final Pattern TARGET_YEAR = Pattern.compile("\\D(20[1-9]\\d)$");

    private DocumentTypes() {
    }

    /** The title without trailing (…) qualifiers and surrounding space. */
    public static String core(String title) {
        String s = title.strip();
        // a qualifier ends the title (at $) with a closing bracket; a final line terminator is left to the regex
        if (s.isEmpty() || ")）〕]】\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) < 0) {
            return s;
        }
        return TRAILING_QUALIFIER.matcher(s).replaceAll("").strip();
    }

    /** The document type the title ends with (after its qualifiers), if any. */
    public static Optional<String> typeOf(String title) {
        String core = core(title);
        for (String[] e : ENDINGS) {
            if (core.endsWith(e[0])) {
                return Optional.of(e[1]);
            }
        }
        return Optional.empty();
    }

    /** The ending as written (实施方案 → 实施方案 is not split; gives the longest listed ending). */
    public static Optional<String> endingOf(String title) {
        String core = core(title);
        for (String[] e : ENDINGS) {
            if (core.endsWith(e[0])) {
                return Optional.of(e[0]);
            }
        }
        return Optional.empty();
    }

    /** Whether the title ends like a document: a type word, or a strategy's target year. */
    public static boolean looksLikeDocument(String title) {
        String core = SPACE.matcher(core(title)).replaceAll("");
        return typeOf(core).isPresent() || TARGET_YEAR.matcher(core).find();
    }

    /** A title that is nothing but a type word (《方案》, 《实施细则》): a short back-reference, not a name. */
    public static boolean isBareType(String title) {
        String core = SPACE.matcher(core(title)).replaceAll("");
        String rest = core.startsWith("本") ? core.substring(1) : core;
        Optional<String> ending = endingOf(rest);
        return ending.isPresent() && (rest.equals(ending.get()) || rest.length() <= ending.get().length() + 2
                && GENERIC_MODIFIER.matcher(rest.substring(0, rest.length() - ending.get().length())).matches());
    }

    /** Modifiers that still leave a title generic (《实施方案》, 《工作要点》, 《总体规划》). */
    private static final Pattern GENERIC_MODIFIER = Pattern.compile("实施|工作|总体|行动|管理|暂行|试行|考核|专项|年度|指导|建设|目标");

    private static List<String[]> sorted(String[][] endings) {
        return List.of(endings).stream().sorted(Comparator.comparingInt((String[] e) -> e[0].length()).reversed()).toList();
    }
}
