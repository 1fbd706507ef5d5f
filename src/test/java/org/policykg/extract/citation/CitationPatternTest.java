package org.policykg.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.policykg.normalize.TextNormalizer;

/**
 * Each {@link CitationPattern} on its own, over one {@link CitationScan} of a short text written for the
 * test: what it reads, and what it leaves to the patterns after it once it has claimed its spans.
 */
@DisplayName("Citation patterns, one by one")
class CitationPatternTest {
    private static CitationScan scan(String text) {
        return CitationScan.of(new TextNormalizer().normalize(text).text(), null);
    }

    @Nested
    @DisplayName("TitleCitation: a 《title》 with what is written next to it")
    class Titles {
        @Test
        @DisplayName("《A》(国发〔2013〕37号): one numbered mention spanning the title, the number and its bracket")
        void titleWithItsNumber() {
            String text = "按照《大气污染防治行动计划》(国发〔2013〕37号)要求。";
            assertThat(new TitleCitation().find(scan(text))).singleElement().satisfies(m -> {
                assertThat(m.title()).isEqualTo("大气污染防治行动计划");
                assertThat(m.number()).isEqualTo("国发〔2013〕37号");
                assertThat(m.kind()).isEqualTo(CitationKind.NUMBERED);
                assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("《大气污染防治行动计划》(国发〔2013〕37号)");
            });
        }

        @Test
        @DisplayName("GB3095-2012《A》 and 国家《A》标准: standards, with or without their code")
        void namedStandards() {
            assertThat(new TitleCitation().find(scan("执行GB3095-2012《环境空气质量标准》。"))).singleElement()
                    .satisfies(m -> {
                        assertThat(m.kind()).isEqualTo(CitationKind.STANDARD);
                        assertThat(m.number()).isEqualTo("GB3095-2012");
                    });
            assertThat(new TitleCitation().find(scan("使用符合国家《船用燃料油》标准的油品。"))).singleElement()
                    .extracting(CitationMention::kind).isEqualTo(CitationKind.STANDARD);
        }

        @Test
        @DisplayName("《A》(以下简称《B》): a later 《B》 is cited as A")
        void declaredShortName() {
            List<CitationMention> found = new TitleCitation().find(scan(
                    "根据《中华人民共和国水污染防治法》(以下简称《水污染防治法》)。严格执行《水污染防治法》。"));
            assertThat(found).extracting(CitationMention::title)
                    .containsExactly("中华人民共和国水污染防治法", "中华人民共和国水污染防治法");
        }

        @Test
        @DisplayName("a book in 《》 is no citation")
        void notADocument() {
            assertThat(new TitleCitation().find(scan("组织干部阅读《生态文明建设读本》。"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("NumberedCitation: a 发文字号 on its own")
    class Numbers {
        @Test
        @DisplayName("按照国办发〔2018〕22号文件要求: the number, without a title")
        void bareNumber() {
            assertThat(new NumberedCitation().find(scan("按照国办发〔2018〕22号文件要求。"))).singleElement().satisfies(m -> {
                assertThat(m.number()).isEqualTo("国办发〔2018〕22号");
                assertThat(m.title()).isNull();
            });
        }

        @Test
        @DisplayName("a number a title has claimed is not cited again")
        void claimedByATitle() {
            CitationScan scan = scan("按照《大气污染防治行动计划》(国发〔2013〕37号)要求。");
            assertThat(new NumberedCitation().find(scan)).hasSize(1);
            new TitleCitation().find(scan);
            assertThat(new NumberedCitation().find(scan)).isEmpty();
        }
    }

    @Nested
    @DisplayName("DecreeCitation: a decree's number on its own")
    class Decrees {
        @Test
        @DisplayName("根据国务院令第682号: the issuer without the lead-in, kept as written")
        void bareDecree() {
            assertThat(new DecreeCitation().find(scan("根据国务院令第682号。"))).singleElement().satisfies(m -> {
                assertThat(m.number()).isEqualTo("国务院令第682号");
                assertThat(m.kind()).isEqualTo(CitationKind.NUMBERED);
            });
        }

        @Test
        @DisplayName("《A》(环境保护部令第44号): the title claims it")
        void claimedByATitle() {
            CitationScan scan = scan("依据《排污许可管理办法》(环境保护部令第44号)。");
            assertThat(new TitleCitation().find(scan)).singleElement()
                    .extracting(CitationMention::number).isEqualTo("环境保护部令第44号");
            assertThat(new DecreeCitation().find(scan)).isEmpty();
        }
    }

    @Nested
    @DisplayName("StandardCitation: a standard code on its own")
    class Standards {
        @Test
        @DisplayName("执行GB 18918-2002一级A标准: the code without spaces")
        void bareCode() {
            assertThat(new StandardCitation().find(scan("出水执行GB 18918-2002一级A标准。"))).singleElement().satisfies(m -> {
                assertThat(m.number()).isEqualTo("GB18918-2002");
                assertThat(m.kind()).isEqualTo(CitationKind.STANDARD);
            });
        }
    }
}
