package org.policykg.extract.citation;

import java.util.regex.Pattern;

import org.policykg.structure.metadata.DocumentTypes;

/**
 * A 《》 that holds only a period and generic words before a type (《三年行动计划》, 《年度实施方案》,
 * 《专项整治方案》) names no document: it is a short back-reference to one named in full nearby
 * (落实《打赢蓝天保卫战三年行动计划》……按照《三年行动计划》要求), never a citation of its own.
 */
final class GenericTitle {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]");
    private static final Pattern GENERIC = Pattern.compile(
            "本?(?:(?:\\d{4}|[〇一二三四五六七八九十两]{1,4})年度?|年度|[一二三四五两十]年|近期|中长期|\\d{4}[-—至~]\\d{4}年?)?"
                    + "(?:实施|工作|总体|行动|管理|暂行|试行|考核|专项|指导|建设|目标|攻坚|整治|治理|推进|评价|配套|具体|操作|落实|分工|任务|责任|重点)*");

    static boolean isGeneric(String title) {
        String core = SPACE.matcher(DocumentTypes.core(title)).replaceAll("");
        return DocumentTypes.endingOf(core).map(ending -> core.length() > ending.length()
                && GENERIC.matcher(core.substring(0, core.length() - ending.length())).matches()).orElse(false);
    }
}
