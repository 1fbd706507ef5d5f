package org.policykg.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.policykg.SeedDocuments;
import org.policykg.normalize.NormalizedText;
import org.policykg.structure.metadata.DocumentMetadataReader;

/**
 * How local-government documents write what they cite, one pattern per test, on short snippets written
 * for these tests (a 通知 that forwards a plan, a plan's opening purpose sentence, a task list). Each
 * text is read as the pipeline reads it: normalized, its metadata read from the text itself, then cited.
 */
@DisplayName("Citations as local-government documents write them")
class CitationPatternsTest {
    private final CitationExtractor extractor = new CitationExtractor();

    private List<CitedRegulation> cited(String document) {
        NormalizedText text = SeedDocuments.normalize(document);
        return CitationExtractor.distinct(extractor.extract(text, new DocumentMetadataReader().read("snippet.txt", text)));
    }

    private static List<String> titles(List<CitedRegulation> cited) {
        return cited.stream().map(CitedRegulation::title).filter(t -> t != null).toList();
    }

    private static List<String> numbers(List<CitedRegulation> cited) {
        return cited.stream().map(CitedRegulation::number).filter(n -> n != null).toList();
    }

    @Nested
    @DisplayName("the document itself is never cited")
    class OwnDocument {
        @Test
        @DisplayName("a copy without its title line: the plan handed out by 现将《X》印发给你们 is the document")
        void forwardingSentenceNamesTheDocument() {
            List<CitedRegulation> cited = cited("""
                    各县(市、区)人民政府,市政府各部门:
                    　　经市政府同意,现将《安平市2019年大气污染防治攻坚实施方案》印发给你们,请认真贯彻执行。
                    一、总体要求
                    按照《国务院关于印发打赢蓝天保卫战三年行动计划的通知》(国发〔2018〕22号)要求,确保《安平市2019年大气污染防治攻坚实施方案》各项任务落到实处。
                    """);
            assertThat(titles(cited)).containsExactly("国务院关于印发打赢蓝天保卫战三年行动计划的通知");
        }

        @Test
        @DisplayName("现将贯彻落实《A》的工作方案印发给你们 hands out a plan about A: A stays cited")
        void handingOutAPlanAboutACitedDocument() {
            List<CitedRegulation> cited = cited("""
                    各乡镇人民政府:
                    现将贯彻落实《某省生态文明建设促进条例》的工作方案印发给你们,请认真组织实施。
                    一、工作目标
                    """);
            assertThat(titles(cited)).containsExactly("某省生态文明建设促进条例");
        }

        @Test
        @DisplayName("本《X》, 《X》自印发之日起施行 and 附件:《X》 speak of the document itself")
        void documentSpeakingOfItself() {
            List<CitedRegulation> cited = cited("""
                    第十条 违反《中华人民共和国大气污染防治法》的,依法予以处罚。
                    第十一条 本《宁远市扬尘污染防治管理办法》由市住房和城乡建设局负责解释。
                    第十二条 《宁远市扬尘污染防治管理办法》自印发之日起施行。
                    附件:1.《宁远市扬尘污染防治责任清单》
                    """);
            assertThat(titles(cited)).containsExactly("中华人民共和国大气污染防治法");
        }

        @Test
        @DisplayName("《X》已经…同意,现印发给你们 and 县制定了《X》,现印发 hand out X; a title cited before 制定了本方案 stays cited")
        void approvedAndNowIssuedNamesTheDocument() {
            assertThat(titles(cited("""
                    各乡镇人民政府,县直各单位:
                    《临河县农村人居环境整治实施方案》已经县政府第12次常务会议研究同意,现印发给你们,请结合实际认真组织实施。
                    一、工作目标
                    """))).isEmpty();
            assertThat(titles(cited("""
                    各乡镇人民政府:
                    根据《土壤污染防治行动计划》要求,县政府制定了《临河县土壤污染防治工作方案》,现印发给你们。
                    一、工作目标
                    """))).containsExactly("土壤污染防治行动计划");
            assertThat(titles(cited("""
                    各乡镇人民政府:
                    根据《临河县生态环境保护工作办法》要求,制定了本方案,现印发给你们,请遵照执行。
                    一、工作目标
                    """))).containsExactly("临河县生态环境保护工作办法");
        }

        @Test
        @DisplayName("特制定《X》 closing the purpose sentence names the plan itself; 2017年制定《Y》 in a task plans another")
        void purposeClauseNamesTheDocument() {
            List<CitedRegulation> cited = cited("""
                    一、总体要求
                    为切实改善我区环境空气质量,根据《大气污染防治行动计划》(国发〔2013〕37号),结合我区实际,特制定《清河区2019年大气污染防治工作方案》。
                    二、主要任务
                    (一)开展土壤污染状况详查。2019年制定《清河区土壤污染详查总体方案》,摸清底数。
                    """);
            assertThat(titles(cited)).containsExactly("大气污染防治行动计划", "清河区土壤污染详查总体方案");
        }

        @Test
        @DisplayName("a notice heading run into its number and addressees: neither its plan nor its number is cited")
        void runOnNoticeHeading() {
            List<CitedRegulation> cited = cited("""
                    宁远市人民政府办公室关于印发《宁远市生态文明建设实施方案》的通知 宁政办发〔2018〕42号 各区县(市)人民政府,市直各单位:经市政府同意,现将方案印发给你们。依据《浙江省生态文明建设促进条例》,推进各项工作。
                    一、总体要求
                    """);
            assertThat(numbers(cited)).isEmpty();
            assertThat(titles(cited)).containsExactly("浙江省生态文明建设促进条例");
        }

        @Test
        @DisplayName("a title read off an opening sentence that cites it (根据省政府印发《X》,…) is still a citation")
        void openingSentenceCitingIsNotTheTitle() {
            List<CitedRegulation> cited = cited("""
                    根据省政府印发《浙江省打赢蓝天保卫战三年行动计划》,结合实际,制定本方案。
                    一、工作目标
                    """);
            assertThat(titles(cited)).containsExactly("浙江省打赢蓝天保卫战三年行动计划");
        }
    }

    @Test
    @DisplayName("citations in the opening paragraph before any heading are read with their numbers")
    void openingParagraphBeforeAnyHeading() {
        List<CitedRegulation> cited = cited("""
                为深入贯彻落实《中共中央 国务院关于全面加强生态环境保护 坚决打好污染防治攻坚战的意见》(中发〔2018〕17号)和省政府《关于印发浙江省打赢蓝天保卫战三年行动计划的通知》(浙政发[2018]35号)精神,依据《中华人民共和国大气污染防治法》,结合我县实际,制定本方案。
                一、工作目标
                到2020年,全县空气质量明显改善。
                """);
        assertThat(numbers(cited)).containsExactly("中发〔2018〕17号", "浙政发〔2018〕35号");
        assertThat(titles(cited)).contains("中华人民共和国大气污染防治法").hasSize(3);
    }

    @Test
    @DisplayName("Traditional script with half-width punctuation: Simplified titles, canonical numbers, its own plan left out")
    void traditionalScriptWithHalfWidthPunctuation() {
        List<CitedRegulation> cited = cited("""
                各鄉鎮人民政府,縣政府各部門:
                為貫徹落實國務院《打贏藍天保衛戰三年行動計劃》(國發[2018]22號)和《福建省人民政府關於印發福建省水污染防治行動計劃工作方案的通知》(閩政[2015]26號)精神,經縣政府同意,現將《將樂縣大氣污染防治工作方案》印發給你們,請認真組織實施.
                一、總體要求
                """);
        assertThat(numbers(cited)).containsExactly("国发〔2018〕22号", "闽政〔2015〕26号");
        assertThat(titles(cited)).containsExactly("打赢蓝天保卫战三年行动计划", "福建省人民政府关于印发福建省水污染防治行动计划工作方案的通知");
    }

    @Test
    @DisplayName("《A》和《B》的通知(X号): the carrying notice's number goes to the nearer title, A is cited by title")
    void noticeCarryingTwoTitles() {
        List<CitedRegulation> cited = cited("""
                某市河长制工作方案
                根据省政府办公厅印发《全面推行河长制工作方案》和《河长制考核办法》的通知(赣府厅字〔2018〕9号)要求,结合我市实际,制定本方案。
                """);
        assertThat(cited).hasSize(2);
        assertThat(cited.get(0)).satisfies(r -> {
            assertThat(r.title()).isEqualTo("全面推行河长制工作方案");
            assertThat(r.number()).isNull();
        });
        assertThat(cited.get(1)).satisfies(r -> {
            assertThat(r.title()).isEqualTo("河长制考核办法");
            assertThat(r.number()).isEqualTo("赣府厅字〔2018〕9号");
        });
    }

    @Test
    @DisplayName("关于印发《X》的通知(X号) gives X its number; 关于贯彻落实《X》的通知(Y号) is another document with its own")
    void noticeIssuingOrCarryingOut() {
        assertThat(cited("""
                某县水污染防治工作方案
                根据省政府关于印发《某省水污染防治行动计划》的通知(某政发〔2016〕12号)精神,制定本方案。
                """)).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("某省水污染防治行动计划");
            assertThat(r.number()).isEqualTo("某政发〔2016〕12号");
        });
        List<CitedRegulation> carryingOut = cited("""
                某县水污染防治工作方案
                根据市政府关于贯彻落实《某省水污染防治行动计划》的通知(某市政发〔2016〕30号)精神,制定本方案。
                """);
        assertThat(carryingOut).hasSize(2);
        assertThat(carryingOut).anySatisfy(r -> {
            assertThat(r.title()).isEqualTo("某省水污染防治行动计划");
            assertThat(r.number()).isNull();
        });
        assertThat(numbers(carryingOut)).containsExactly("某市政发〔2016〕30号");
    }

    @Test
    @DisplayName("a number's year in [ ], 【】 or ( ), a space before 号 or after the code, a lost bracket: one canonical number")
    void numberVariants() {
        List<CitedRegulation> cited = cited("""
                某县水污染防治工作方案
                根据《水污染防治行动计划》(国发〔201517号)、《土壤污染防治行动计划》(国发[2016]31 号)、省政府《关于加强水环境治理的意见》(某政发【2016】12号)、《某市碧水工程实施意见》(某市政办发( 2017 )8号)和浙政发 [2016] 12 号、国办发 〔2018〕 5号文件精神,制定本方案。
                """);
        assertThat(numbers(cited)).containsExactly("国发〔2015〕17号", "国发〔2016〕31号", "某政发〔2016〕12号",
                "某市政办发〔2017〕8号", "浙政发〔2016〕12号", "国办发〔2018〕5号");
        assertThat(cited("""
                某县大气污染防治工作方案
                按照《大气污染防治行动计划》文件(国发〔2013〕37号)要求,制定本方案。
                """)).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo("国发〔2013〕37号"));
    }

    @Test
    @DisplayName("a number written before its title (厅字〔2016〕42号《关于…的意见》) is one cited document")
    void numberBeforeTitle() {
        List<CitedRegulation> cited = cited("""
                某市河长制工作方案
                根据中共中央办公厅、国务院办公厅印发的厅字〔2016〕42号《关于全面推行河长制的意见》,制定本方案。
                """);
        assertThat(cited).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo("厅字〔2016〕42号");
            assertThat(r.title()).isEqualTo("关于全面推行河长制的意见");
        });
    }

    @Nested
    @DisplayName("what is not a citation of its own")
    class NotCitations {
        @Test
        @DisplayName("《三年行动计划》 and 《大气污染防治法》 refer back to what was named in full")
        void shortFormsReferBack() {
            List<CitedRegulation> cited = cited("""
                    某市2019年蓝天保卫战工作方案
                    深入落实《打赢蓝天保卫战三年行动计划》,严格执行《中华人民共和国大气污染防治法》。各地要按照《三年行动计划》要求,依据《大气污染防治法》查处违法行为。
                    """);
            assertThat(titles(cited)).containsExactly("打赢蓝天保卫战三年行动计划", "中华人民共和国大气污染防治法");
        }

        @Test
        @DisplayName("generic mentions, 《通知》, study books and newspapers are not cited")
        void genericMentionsBooksAndNewspapers() {
            List<CitedRegulation> cited = cited("""
                    某市2018年生态文明建设工作要点
                    各地要严格执行相关法律法规,按照《通知》要求,认真学习《习近平谈治国理政》和《习近平生态文明思想学习纲要》,在《人民日报》刊发经验文章,组织编写《某市生态文明建设读本》。
                    """);
            assertThat(cited).isEmpty();
        }

        @Test
        @DisplayName("a task line ending in 完成时间: still cites the regulation of its first sentence")
        void deadlineOnTheSameLine() {
            List<CitedRegulation> cited = cited("""
                    某市扬尘治理工作方案
                    (一)落实《某市建筑工地扬尘污染防治管理办法》要求。完成时间:2018年底。
                    """);
            assertThat(titles(cited)).containsExactly("某市建筑工地扬尘污染防治管理办法");
        }
    }
}
