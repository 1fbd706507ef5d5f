package org.policykg.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.policykg.SeedDocuments;
import org.policykg.normalize.NormalizedText;
import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.structure.number.NumberPattern;

@DisplayName("The citation extractor")
class CitationExtractorTest {
    private final CitationExtractor extractor = new CitationExtractor();

    private List<CitationMention> seed(String seed) throws Exception {
        return extractor.extract(SeedDocuments.text(seed), SeedDocuments.metadata(seed));
    }

    private List<CitationMention> sentence(String text) {
        return extractor.extract(SeedDocuments.normalize(text), null);
    }

    private static List<String> numbers(List<CitationMention> mentions) {
        return mentions.stream().map(CitationMention::number).filter(n -> n != null).toList();
    }

    private static List<String> titles(List<CitationMention> mentions) {
        return mentions.stream().map(CitationMention::title).filter(t -> t != null).toList();
    }

    @Nested
    @DisplayName("leaves out the document itself")
    class Self {
        @Test
        void ownNumberAndTitleOfTheTraditionalSeedAreNotCitations() throws Exception {
            List<CitationMention> cited = seed("000");
            assertThat(numbers(cited)).doesNotContain("通政办发〔2018〕46号");
            assertThat(titles(cited)).doesNotContain("2018年国家生态文明先行示范区建设目标任务");
        }

        @Test
        void ownTitleQuotedInTheNoticeIsNotACitation() throws Exception {
            assertThat(titles(seed("002"))).noneMatch(t -> t.contains("美丽港区建设行动方案"));
            assertThat(titles(seed("001"))).noneMatch(t -> t.contains("目标任务书"));
        }

        @Test
        void shortFormsLikeFangAnAreNotCitations() throws Exception {
            assertThat(titles(seed("003"))).doesNotContain("方案");
        }

        @Test
        void ownNumberIsNotCitedEvenWhenRepeatedInTheText() {
            DocumentMetadata self = new DocumentMetadata("某市生态文明建设方案", null, "某政发〔2018〕1号", null, null, "方案", null, null, null);
            NormalizedText text = SeedDocuments.normalize("现将《某市生态文明建设方案》(某政发〔2018〕1号)印发给你们。");
            assertThat(extractor.extract(text, self)).isEmpty();
        }
    }

    @Nested
    @DisplayName("reads document numbers")
    class Numbers {
        @Test
        void traditionalScriptAndHaoAreCanonicalised() throws Exception {
            assertThat(numbers(seed("000"))).contains("国海发〔2017〕9号", "发改环资〔2015〕3214号", "苏政办发〔2017〕115号");
        }

        @Test
        void everyBracketVariantGivesTheSameNumber() {
            for (String written : List.of("国发〔2011〕35号", "国发[2011]35号", "国发［2011］35号", "国发（2011）35号",
                    "国发(2011)35号", "国发【2011】35号", "国发﹝2011﹞35号", "國發〔2011〕35號")) {
                assertThat(numbers(sentence("根据" + written + "文件精神。"))).as(written).containsExactly("国发〔2011〕35号");
            }
        }

        @Test
        void spacesInsideANumberAreIgnored() {
            assertThat(numbers(sentence("按照鄂环委[2018] 2号要求"))).containsExactly("鄂环委〔2018〕2号");
        }

        @Test
        void aNumberWithALostBracketIsRecoveredAndFlagged() {
            List<NumberPattern.Hit> hits = new NumberPattern().find("(中办发〔202137号)");
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.number().canonical()).isEqualTo("中办发〔2021〕37号");
                assertThat(h.number().recovered()).isTrue();
            });
        }

        @Test
        void theWordsBeforeAnInlineNumberAreNotPartOfItsPrefix() {
            assertThat(numbers(sentence("根据省政府苏政发〔2016〕1号文件精神"))).containsExactly("苏政发〔2016〕1号");
            assertThat(numbers(sentence("落实国务院办公厅国办发〔2016〕81号要求"))).containsExactly("国办发〔2016〕81号");
        }

        @Test
        void icpAndPublicSecurityFilingNumbersAreNotCitations() throws Exception {
            assertThat(numbers(seed("003"))).noneMatch(n -> n.contains("ICP") || n.contains("备"));
            assertThat(sentence("网站许可证号: 鲁ICP备12029885号\n鲁公网安备 37100402000118号")).isEmpty();
        }
    }

    @Nested
    @DisplayName("reads titles")
    class Titles {
        @Test
        void nestedTitlesStayInsideTheOuterTitle() throws Exception {
            assertThat(titles(seed("003"))).contains("山东省实施〈党政机关厉行节约反对浪费条例〉办法",
                    "中共山东省委、山东省人民政府印发〈关于加快推进生态文明建设的实施方案〉的通知");
        }

        @Test
        void aNumberAfterATitleBelongsToIt() throws Exception {
            assertThat(seed("003")).anySatisfy(m -> {
                assertThat(m.title()).isEqualTo("关于推进电能替代的指导意见");
                assertThat(m.number()).isEqualTo("鲁发改能源〔2016〕1166号");
                assertThat(m.kind()).isEqualTo(CitationKind.NUMBERED);
            });
        }

        @Test
        void aNumberAfterTwoTitlesGoesToTheNearerOnly() throws Exception {
            List<CitationMention> cited = seed("000");
            assertThat(cited).anySatisfy(m -> {
                assertThat(m.title()).isEqualTo("南通市生态文明建设工程考核办法(试行)");
                assertThat(m.number()).isNull();
            });
            assertThat(cited).anySatisfy(m -> {
                assertThat(m.title()).isEqualTo("南通市生态文明建设工程考核实施细则");
                assertThat(m.number()).isEqualTo("通办发〔2016〕52号");
            });
        }

        @Test
        void aBookIsNotACitation() throws Exception {
            assertThat(titles(seed("000"))).noneMatch(t -> t.contains("薪火相传"));
        }

        @Test
        void newspapersAndProgrammesAreNotCitations() {
            assertThat(sentence("在《中国环境报》刊登专题报道,并在《新闻联播》播出。")).isEmpty();
        }

        @Test
        void aLawIsCitedByItsTitle() {
            assertThat(sentence("严格执行《中华人民共和国环境保护法》。")).singleElement()
                    .satisfies(m -> assertThat(m.kind()).isEqualTo(CitationKind.TITLED));
        }

        @Test
        void aShortNameDeclaredWithYiXiaJianChengIsTheSameDocument() {
            List<CitationMention> cited = sentence("贯彻《江苏省大气污染防治条例》(以下简称《条例》)。落实《条例》要求。");
            assertThat(CitationExtractor.distinct(cited)).singleElement()
                    .satisfies(r -> assertThat(r.title()).isEqualTo("江苏省大气污染防治条例"));
        }
    }

    @Nested
    @DisplayName("reads technical standards")
    class Standards {
        @Test
        void aStandardWithItsCodeAfterTheTitle() throws Exception {
            assertThat(seed("002")).anySatisfy(m -> {
                assertThat(m.title()).isEqualTo("火电厂大气污染物排放标准");
                assertThat(m.number()).isEqualTo("GB13223-2011");
                assertThat(m.kind()).isEqualTo(CitationKind.STANDARD);
            });
        }

        @Test
        void aStandardNamedWithoutItsCode() throws Exception {
            assertThat(seed("002")).anySatisfy(m -> {
                assertThat(m.title()).isEqualTo("船用燃料油");
                assertThat(m.number()).isNull();
                assertThat(m.kind()).isEqualTo(CitationKind.STANDARD);
            });
        }

        @Test
        void bareCodesWithSpacesAreReportedWithout() {
            assertThat(numbers(sentence("执行GB 3095-2012二级标准和GB/T 14848-2017、HJ 2.2-2018、DB44/26-2001。")))
                    .containsExactly("GB3095-2012", "GB/T14848-2017", "HJ2.2-2018", "DB44/26-2001");
        }
    }

    @Nested
    @DisplayName("merges mentions of one document")
    class Merging {
        @Test
        void spellingsOfOnePlanAreOneDocument() throws Exception {
            List<CitedRegulation> distinct = CitationExtractor.distinct(seed("003"));
            assertThat(distinct).filteredOn(r -> r.title().startsWith("威海市环境总体规划")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.title()).isEqualTo("威海市环境总体规划(2014-2030)");
                        assertThat(r.mentions()).hasSize(2);
                    });
        }

        @Test
        void aTitleOnlyMentionJoinsTheNumberedMentionOfTheSameTitle() {
            List<CitationMention> cited = sentence("按照《围填海管控办法》(国海发〔2017〕9号)。严格落实《围填海管控办法》。");
            assertThat(CitationExtractor.distinct(cited)).singleElement().satisfies(r -> {
                assertThat(r.number()).isEqualTo("国海发〔2017〕9号");
                assertThat(r.kind()).isEqualTo(CitationKind.NUMBERED);
            });
        }
    }
}
