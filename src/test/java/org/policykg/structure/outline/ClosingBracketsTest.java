package org.policykg.structure.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

/** ClosingBrackets.split tries its regex only where a match can start, and cuts where a find over the whole text would. */
class ClosingBracketsTest {
    /** Copied from ClosingBrackets: the split before the pattern was tried only at possible starts. */
    private static final Pattern LABEL = Pattern.compile(
            "[(（〔【\\[［]\\s*\\p{IsHan}{0,6}(单位|部门|科室|处室|责任|分工|时限|时间|目标)\\s*[)）〕】\\]］][。；;]?$");

    private static List<int[]> plainSplit(String text) {
        List<int[]> parts = new ArrayList<>();
        int start = 0;
        Matcher m = ClosingBrackets.afterStop().matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end()).strip();
            if (rest.length() >= 6 && !LABEL.matcher(m.group()).find()) {
                parts.add(new int[] {start, m.end()});
                start = m.end();
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
        }
        parts.add(new int[] {start, text.length()});
        return parts;
    }

    @Test
    void itemsAreCutWhereAFindOverTheWholeTextCutsThem() {
        List<String> texts = new ArrayList<>(List.of("", "。", "。（", "。 \t（牵头单位：县林业局）", "；\u3000（注）",
                "加强湿地保护。（牵头单位：县林业局）推进湿地公园建设。（牵头单位：县住建局）", "加强保护（牵头单位：县林业局）。推进建设",
                "a;[bb]cccccccc", "a;\n［bb］cccccc", "a。\u000B〔bb〕", "a。x（bb）", "甲。（乙。（丙丙）丁丁丁丁丁丁）戊戊戊戊戊戊",
                "甲。。（乙乙乙）丙丙丙丙丙丙。（丁丁）", "甲；（牵头单位）乙乙乙乙乙乙", "甲。（一二三四五六七八九十）。（乙乙）丙丙丙丙丙丙",
                "甲。（" + "长".repeat(170) + "）乙乙乙乙乙乙"));
        texts.addAll(SampleTexts.linesAndTasks());
        int cut = 0;
        int matched = 0;
        for (String text : texts) {
            List<int[]> plain = plainSplit(text);
            assertThat(ClosingBrackets.split(text)).as(text).extracting(p -> p[0] + ".." + p[1])
                    .containsExactlyElementsOf(plain.stream().map(p -> p[0] + ".." + p[1]).toList());
            cut += plain.size() > 1 ? 1 : 0;
            boolean found = ClosingBrackets.afterStop().matcher(text).find();
            if (ClosingBrackets.nextStart(text, 0) < 0) {
                assertThat(found).as(text).isFalse();
            }
            matched += found ? 1 : 0;
        }
        assertThat(matched).as("texts with a bracket after a stop").isGreaterThan(10);
        assertThat(cut).as("items cut in parts").isGreaterThan(3);
    }

    @Test
    void anItemIsCutAfterEachBracketClosingASentence() {
        String item = "1.加强湿地保护。（牵头单位：县林业局）推进湿地公园建设。（牵头单位：县住建局）";
        assertThat(ClosingBrackets.split(item)).extracting(p -> item.substring(p[0], p[1]))
                .containsExactly("1.加强湿地保护。（牵头单位：县林业局）", "推进湿地公园建设。（牵头单位：县住建局）");
    }
}
