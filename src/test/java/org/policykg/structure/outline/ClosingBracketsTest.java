package org.policykg.structure.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

/** ClosingBrackets.split runs its regex only where mayClose says it can match. */
class ClosingBracketsTest {

    @Test
    void aTextWithoutAStopBeforeABracketIsOnePartAndThePatternFindsNothingInIt() {
        List<String> texts = new ArrayList<>(List.of("", "。", "。（", "。 \t（牵头单位：县林业局）", "；\u3000（注）",
                "加强湿地保护。（牵头单位：县林业局）推进湿地公园建设。（牵头单位：县住建局）", "加强保护（牵头单位：县林业局）。推进建设",
                "a;[bb]cccccccc", "a;\n［bb］cccccc", "a。\u000B〔bb〕", "a。x（bb）"));
        texts.addAll(SampleTexts.linesAndTasks());
        int closing = 0;
        for (String text : texts) {
            boolean plain = ClosingBrackets.afterStop().matcher(text).find();
            if (plain) {
                closing++;
                assertThat(ClosingBrackets.mayClose(text)).as(text).isTrue();
            }
            if (!ClosingBrackets.mayClose(text)) {
                assertThat(ClosingBrackets.split(text)).as(text).singleElement()
                        .satisfies(part -> assertThat(part).containsExactly(0, text.length()));
            }
        }
        assertThat(closing).as("texts with a bracket after a stop").isGreaterThan(10);
    }

    @Test
    void anItemIsCutAfterEachBracketClosingASentence() {
        String item = "1.加强湿地保护。（牵头单位：县林业局）推进湿地公园建设。（牵头单位：县住建局）";
        assertThat(ClosingBrackets.split(item)).extracting(p -> item.substring(p[0], p[1]))
                .containsExactly("1.加强湿地保护。（牵头单位：县林业局）", "推进湿地公园建设。（牵头单位：县住建局）");
    }
}
