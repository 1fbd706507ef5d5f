package org.policykg.structure.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

/**
 * {@link NumberPattern#find} searches only the runs of bracket, blank, digit, 第 and 号 characters that hold a
 * 号; searching the whole text must find the very same numbers.
 */
@DisplayName("发文字号 searched in runs = searched everywhere")
class NumberPatternRunsTest {
    private static final List<String> EDGE_CASES = List.of(
            "根据苏政办发〔2017〕115号文件", "浙政发 [2016] 12 号", "中办发〔202137号", "中办发2021〕37号",
            "苏政办發[2017]115號", "国务院令〔2017〕第8号", "号〔2017〕5号", "〔2017〕5号开头", "苏政发（2018）\u3000第 3 号",
            "苏政发\t〔2018〕\n12号", "苏政发〔2018〕12号苏政发〔2019〕3号", "没有号码的句子", "号", "", "a〔2018〕12号",
            "省政府关于印发《某方案》的通知(某政发〔2016〕12号)精神", "苏政办发〔2017〕115号号", "苏〔2017〕 〔2018〕9号");

    @Test
    @DisplayName("the same hits on every shipped and held-out document, raw and normalized, and on edge cases")
    void sameAsWholeText() throws IOException {
        List<String> texts = new ArrayList<>(EDGE_CASES);
        texts.addAll(SampleTexts.documentsRawAndNormalized());
        NumberPattern pattern = new NumberPattern();
        int withNumbers = 0;
        for (String text : texts) {
            List<NumberPattern.Hit> everywhere = pattern.findIn(text, new int[]{0, text.length()});
            assertThat(pattern.find(text)).as(text).isEqualTo(everywhere);
            withNumbers += everywhere.isEmpty() ? 0 : 1;
        }
        assertThat(withNumbers).as("texts holding a number").isGreaterThan(20);
    }

    @Test
    @DisplayName("a run stops at any character no match can take, and keeps each 号 inside")
    void runs() {
        String text = "根据苏政发〔2018〕12号和 〔2019〕 3号, 号";
        int[] runs = NumberPattern.runsWithNumberSign(text);
        assertThat(runs).containsExactly(5, 14, 15, 25, 26, 28);
    }
}
