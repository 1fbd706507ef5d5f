package org.policykg.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.normalize.Span;
import org.policykg.testing.SeedDocuments;

@DisplayName("The word after a value, read in place, as read from the stripped text")
class AfterWordTest {
    private static final List<String> EDGE_CASES = List.of("", " ", "\u3000\t", "以下", " 以下", "\u3000以上 ", "以 下", "左右",
            "\n及以上\n", "\u2028以内", "之内。", "及以", "以", " 左", "左右 ", "以上以下", "\u00a0以下", "\u0085以内");

    @Test
    @DisplayName("on every stretch of every sentence of the seed and held-out documents, and on edge cases")
    void agrees() {
        int read = 0;
        for (String s : EDGE_CASES) {
            assertThat(ComparatorWords.afterWord(s)).as("[%s]", s).isEqualTo(ComparatorWords.afterWordStripped(s));
        }
        for (SeedDocuments.Seed doc : SeedDocuments.seedsAndHeldOut()) {
            for (Span sentence : doc.text().sentences()) {
                String s = doc.text().text(sentence);
                for (int i = 0; i <= s.length(); i++) {
                    String after = s.substring(i);
                    Comparator plain = ComparatorWords.afterWordStripped(after);
                    assertThat(ComparatorWords.afterWord(after)).as("[%s]", after).isEqualTo(plain);
                    read += plain == null ? 0 : 1;
                }
            }
        }
        assertThat(read).as("the documents bound values by 以上, 以下, 左右").isGreaterThan(50);
    }
}
