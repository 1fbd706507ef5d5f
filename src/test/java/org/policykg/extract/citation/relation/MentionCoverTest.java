package org.policykg.extract.citation.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.extract.citation.CitationExtractor;
import org.policykg.extract.citation.CitationMention;
import org.policykg.normalize.Span;
import org.policykg.testing.SeedDocuments;

@DisplayName("The mention cover answers as the scan over every mention")
class MentionCoverTest {

    @Test
    @DisplayName("at every offset of the seed and held-out documents, for every mention as self")
    void agreesOnShippedDocuments() {
        int covered = 0;
        for (SeedDocuments.Seed doc : SeedDocuments.seedsAndHeldOut()) {
            List<Span> spans = new CitationExtractor().extract(doc.text(), null).stream().map(CitationMention::span).toList();
            MentionCover cover = new MentionCover(spans);
            for (Span self : spans) {
                int from = Math.max(0, self.start() - 200);
                int to = Math.min(doc.text().text().length(), self.end() + 200);
                for (int offset = from; offset < to; offset++) {
                    Span plain = MentionCover.scan(spans, offset, self);
                    assertThat(cover.covering(offset, self)).as("%s at %d", doc.fileName(), offset).isSameAs(plain);
                    covered += plain == null ? 0 : 1;
                }
            }
        }
        assertThat(covered).as("the documents cite other documents near each other").isGreaterThan(100);
    }

    @Test
    @DisplayName("overlapping and repeated spans: the first in list order other than self, none past the ends")
    void edgeCases() {
        Span a = new Span(2, 6);
        Span b = new Span(4, 9);
        Span empty = new Span(7, 7);
        List<Span> spans = List.of(a, b, empty, new Span(2, 6));
        MentionCover cover = new MentionCover(spans);
        for (Span self : List.of(a, b, empty, new Span(0, 1))) {
            for (int offset = 0; offset < 12; offset++) {
                assertThat(cover.covering(offset, self)).as("%s at %d", self, offset)
                        .isSameAs(MentionCover.scan(spans, offset, self));
            }
        }
        assertThat(cover.covering(5, a)).isSameAs(b);
        assertThat(cover.covering(5, b)).isSameAs(a);
        assertThat(cover.covering(1, b)).isNull();
        assertThat(new MentionCover(List.of()).covering(0, a)).isNull();
    }

    @Test
    @DisplayName("a clause of a list shares the verb in front of it, as before")
    void clauseOfAList() {
        String text = "按照《A》(X号)、《B》等要求严格审查。";
        Span first = new Span(2, 5);
        Span second = new Span(text.indexOf("《B》"), text.indexOf("《B》") + 3);
        ClauseAround clause = ClauseAround.of(text, second, List.of(first, second));
        assertThat(clause.before()).isEqualTo("按照□(X号)、");
        assertThat(clause.after()).isEqualTo("等要求严格审查");
    }
}
