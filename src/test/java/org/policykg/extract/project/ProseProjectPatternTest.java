package org.policykg.extract.project;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.normalize.TextNormalizer;
import org.policykg.testing.SeedDocuments;

@DisplayName("The in-place 投资 check answers as contains on the sentence's text")
class ProseProjectPatternTest {

    @Test
    @DisplayName("on every sentence of the seed and held-out documents")
    void agreesOnShippedDocuments() {
        int holding = 0;
        for (SeedDocuments.Seed doc : SeedDocuments.seedsAndHeldOut()) {
            for (Span sentence : doc.text().sentences()) {
                boolean plain = doc.text().text(sentence).contains("投资");
                assertThat(ProseProjectPattern.holdsInvestment(doc.text().text(), sentence)).as(doc.fileName()).isEqualTo(plain);
                holding += plain ? 1 : 0;
            }
        }
        assertThat(holding).as("the documents speak of investment").isGreaterThan(10);
    }

    @Test
    @DisplayName("at the edges of a sentence: a word cut by its end or start is not in it")
    void edges() {
        String all = "总投资1亿元。投资。计划投\n资2亿元投";
        NormalizedText text = new TextNormalizer().normalize(all);
        for (Span sentence : text.sentences()) {
            assertThat(ProseProjectPattern.holdsInvestment(text.text(), sentence))
                    .as("[%s]", text.text(sentence)).isEqualTo(text.text(sentence).contains("投资"));
        }
        String s = text.text();
        for (int start = 0; start <= s.length(); start++) {
            for (int end = start; end <= s.length(); end++) {
                Span span = new Span(start, end);
                assertThat(ProseProjectPattern.holdsInvestment(s, span)).isEqualTo(s.substring(start, end).contains("投资"));
            }
        }
        assertThat(ProseProjectPattern.holdsInvestment("投资", new Span(0, 1))).isFalse();
        assertThat(ProseProjectPattern.holdsInvestment("投资", new Span(0, 2))).isTrue();
    }
}
