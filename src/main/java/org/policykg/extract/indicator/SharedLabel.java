package org.policykg.extract.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "挥发性有机物和氮氧化物排放总量分别下降10%": one value set for each of several measures that share
 * the head written once at the end. The label is split at 和/及/与/、 and the shared head (排放总量) is
 * given to the parts that lack one.
 *
 * <p>Where the text says so (分别, 均, 都) the value holds for each measure. Without such a word only a
 * rate shared by two subjects is split ("受污染耕地和污染地块安全利用率达到90%": a rate holds for each
 * subject it is taken over), while an amount written for two ("新增造林与生态修复面积12万亩") is their
 * sum, and a list of short qualifiers ("国控、省控断面水质优良比例") names one measure over several scopes.
 */
final class SharedLabel {
    /** 和/及/与/、, but not the 及 of 及以上/及以下 ("县级及以上城市"). */
    private static final Pattern SEPARATOR = Pattern.compile("和|及(?!以上|以下)|与|、");
    private static final Pattern UNMARKED_SEPARATOR = Pattern.compile("和|及(?!以上|以下)|与");
    /**
     * The characters every match of {@link #SEPARATOR} (of {@link #UNMARKED_SEPARATOR}) is: a label holding
     * none of them is split into itself alone, with no regex to run.
     */
    static final String SEPARATORS = "和及与、";
    static final String UNMARKED_SEPARATORS = "和及与";
    /** Where the head of a measure starts inside the last part: 排放总量, 浓度, 覆盖率 … */
    private static final Pattern HEAD = Pattern.compile(
            "(?:安全|综合|无害化|集中|资源化|规范化|年均|平均)?(排放总量|排放量|排放强度|消费总量|消费量|总量|浓度|比例|比重|面积"
                    + "|覆盖率|利用率|处理率|达标率|治理率|收集率|强度|能耗)");
    /** Heads that hold for each subject (rates, shares, concentrations), as opposed to amounts that add up. */
    private static final Pattern INTENSIVE = Pattern.compile("(率|比例|比重|浓度)$");
    private static final String MEASURE_ENDING = "率例重量度值数积比幅耗";
    private static final int SUBJECT = 4;
    private static final int PLACE_WORD = 2;
    /** "新增和更新的公交车中新能源公交车比例": with 的/中/占 the 和 joins modifiers of one subject, not two subjects. */
    private static final Pattern MODIFIER = Pattern.compile("[的中占]");

    private SharedLabel() {
    }

    /** The measures a label names when the text says the value holds for each (分别, 均, 都). */
    static List<String> split(String label) {
        if (!hasSeparator(label, SEPARATORS)) {
            return List.of(label); // what splitting at no separator gives: one part
        }
        String[] parts = SEPARATOR.split(label);
        if (parts.length < 2) {
            return List.of(label);
        }
        if (Arrays.stream(parts).allMatch(SharedLabel::isMeasure)) {
            return Arrays.stream(parts).map(String::strip).toList();
        }
        String last = parts[parts.length - 1];
        Matcher head = HEAD.matcher(last);
        if (!head.find() || head.start() < 2) {
            return List.of(label);
        }
        String shared = last.substring(parallelHead(parts[0].strip(), last, head.start()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.length() < 2) {
                return List.of(label);
            }
            boolean complete = i == parts.length - 1 || isMeasure(p);
            out.add(complete ? p : p + shared);
        }
        return out;
    }

    /** The measures a label names when no word says "each": only two subjects of one rate are split. */
    static List<String> splitUnmarked(String label) {
        if (!hasSeparator(label, UNMARKED_SEPARATORS)) {
            return List.of(label); // one part, not two
        }
        String[] parts = UNMARKED_SEPARATOR.split(label);
        if (parts.length != 2 || label.contains("、") || !INTENSIVE.matcher(label).find()
                || parts[0].strip().length() < SUBJECT || parts[1].strip().length() < SUBJECT
                || MODIFIER.matcher(label).find()) {
            return List.of(label);
        }
        return split(label);
    }

    private static boolean hasSeparator(String label, String separators) {
        for (int i = 0; i < label.length(); i++) {
            if (separators.indexOf(label.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "城市、县城污水处理率": a short first part (a place or scope word) stands for as many characters at the
     * start of the last part, so everything after them (污水处理率) is shared, not only the rate word.
     */
    private static int parallelHead(String first, String last, int head) {
        return first.length() <= PLACE_WORD && first.length() < head ? first.length() : head;
    }

    /** "万元工业增加值用水量": a part that is a whole measure by itself, needing no shared head. */
    private static boolean isMeasure(String part) {
        String p = part.strip();
        return p.length() >= 2 && MEASURE_ENDING.indexOf(p.charAt(p.length() - 1)) >= 0;
    }
}
