package org.policykg.extract.citation.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

/** MadeHereSentence tries its regex only at the first characters of its words: what find() answers, everywhere. */
@DisplayName("A made-here sentence is found where the plain regex finds one")
class MadeHereSentenceTest {
    @Test
    void theScanAnswersAsFindDoes() {
        List<String> texts = new ArrayList<>(List.of("", "制定本方案", "根据《A》，结合我县实际，制定本方案。", "特制定本办法", "现将《B》印发给你们",
                "现将\n《B》印发", "结合实际", "结合" + "甲".repeat(13) + "实际", "制订了本", "制定如下措施", "出台本意见", "本", "制", "编制好本方案"));
        texts.addAll(SampleTexts.linesAndTasks());
        texts.addAll(SampleTexts.documentsRawAndNormalized());
        int found = 0;
        for (String t : texts) {
            boolean plain = MadeHereSentence.MADE_HERE.matcher(t).find();
            assertThat(MadeHereSentence.is(t)).as(t).isEqualTo(plain);
            found += plain ? 1 : 0;
        }
        assertThat(found).isGreaterThan(20);
    }
}
