package org.policykg.extract.citation.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.extract.citation.CitationExtractor;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.OutlineReader;

/**
 * One specification per way of saying why a document is cited, each on a short plan written for the
 * test (not taken from any real document): a preamble, then headings with tasks.
 */
@DisplayName("Why a citation is made")
class CitationRelationReaderTest {

    private static List<TypedMention> read(String text) {
        NormalizedText normalized = new TextNormalizer().normalize(text);
        return new CitationRelationReader().read(normalized, new OutlineReader().read(normalized, null),
                new CitationExtractor().extract(normalized, null));
    }

    /** Title → relations of its mentions, in text order, joined by commas. */
    private static Map<String, String> relations(String text) {
        return read(text).stream().collect(Collectors.groupingBy(t -> t.mention().title() != null ? t.mention().title() : t.mention().number(),
                Collectors.mapping(t -> t.relation().label(), Collectors.joining(","))));
    }

    private static String plan(String preamble, String tasks) {
        return "某县2019年农村污水治理工作方案\n" + preamble + "\n一、总体要求\n坚持统筹推进，全面提升治理水平。\n"
                + "二、主要任务\n" + tasks + "\n三、保障措施\n加强组织领导。\n";
    }

    @Test
    @DisplayName("根据《A》…制定本方案 and 为贯彻落实《A》 in the preamble: basis (a list shares the verb)")
    void preambleCitationsAreTheBasis() {
        Map<String, String> r = relations(plan(
                "为深入贯彻落实《某省农村人居环境整治行动方案》(某政发〔2018〕12号)、《某市水污染防治工作方案》精神，结合我县实际，制定本方案。",
                "开展排查。"));

        assertThat(r).containsEntry("某省农村人居环境整治行动方案", "basis")
                .containsEntry("某市水污染防治工作方案", "basis");
    }

    @Test
    @DisplayName("落实/按照/根据《A》 inside a task: implements; the same document also in the preamble: both")
    void taskCitationsAreImplemented() {
        Map<String, String> r = relations(plan(
                "根据《某省农村人居环境整治行动方案》，制定本方案。",
                "严格落实《某省农村人居环境整治行动方案》，按照《某市污水处理设施运行管理办法》要求开展运维。"
                        + "根据《某省排污许可管理办法(试行)》推进排污许可。"));

        assertThat(r).containsEntry("某省农村人居环境整治行动方案", "basis,implements")
                .containsEntry("某市污水处理设施运行管理办法", "implements")
                .containsEntry("某省排污许可管理办法(试行)", "implements");
    }

    @Test
    @DisplayName("出台/制定/编制《A》, 推进《A》修编, 对《A》进行修订: planned, with the year the sentence gives")
    void draftingVerbsPlanADocument() {
        List<TypedMention> typed = read(plan("为改善水环境，制定本方案。",
                "2019年底前出台《某县农村生活污水治理专项规划》《某县污水设施运维考核办法》等制度。"
                        + "继续推进《某县城乡总体规划》修编工作。组织对《某县河道管理办法》进行修订。"
                        + "研究制定落实《某省河长制规定》的配套措施。"));

        Map<String, TypedMention> byTitle = typed.stream().collect(Collectors.toMap(t -> t.mention().title(), t -> t));
        assertThat(byTitle.get("某县农村生活污水治理专项规划").relation()).isEqualTo(CitationRelation.PLANNED);
        assertThat(byTitle.get("某县农村生活污水治理专项规划").year()).isEqualTo(2019);
        assertThat(byTitle.get("某县污水设施运维考核办法").relation()).isEqualTo(CitationRelation.PLANNED);
        assertThat(byTitle.get("某县城乡总体规划").relation()).isEqualTo(CitationRelation.PLANNED);
        assertThat(byTitle.get("某县河道管理办法").relation()).isEqualTo(CitationRelation.PLANNED);
        assertThat(byTitle.get("某省河长制规定").relation()).as("制定 governs the measures, 落实 the cited rule")
                .isEqualTo(CitationRelation.IMPLEMENTS);
    }

    @Test
    @DisplayName("a drafting verb marked done (已出台, 先后制定, 出台了) or a verb describing the document (印发的): not planned")
    void doneOrDescriptiveDraftingIsNotPlanned() {
        Map<String, String> r = relations(plan("为改善水环境，制定本方案。",
                "我县已出台《某县河长制实施方案》。按照县政府印发的《某县水环境考核办法》开展考核。"));

        assertThat(r).containsEntry("某县河长制实施方案", "mentions")
                .containsEntry("某县水环境考核办法", "implements");
    }

    @Test
    @DisplayName("达到《A》标准, a standard code, a title naming a standard or index: standard")
    void standardsAndIndexSystems() {
        Map<String, String> r = relations(plan("为改善水环境，制定本方案。",
                "出水水质达到《城镇污水处理厂污染物排放标准》(GB18918-2002)一级A标准。"
                        + "按照《某省村庄环境整治验收指标(试行)》等要求组织验收。"));

        assertThat(r).containsEntry("城镇污水处理厂污染物排放标准", "standard")
                .containsEntry("某省村庄环境整治验收指标(试行)", "standard");
    }

    @Test
    @DisplayName("被列入《A》 and citations in a review of the past: mentions")
    void pastStandingIsAMention() {
        Map<String, String> r = relations("某县2019年农村污水治理工作方案\n为改善水环境，制定本方案。\n"
                + "一、工作基础\n近年来，我县认真落实《某省农村环境综合整治规划》，成效明显。\n"
                + "二、主要任务\n我县被列入《某省农村污水治理示范县建设规划》，要发挥示范作用。\n");

        assertThat(r).containsEntry("某省农村环境综合整治规划", "mentions")
                .containsEntry("某省农村污水治理示范县建设规划", "mentions");
    }

    @Test
    @DisplayName("under guiding principles: 根据《A》 is a basis, 全面落实《A》 implements")
    void guidingPrinciplesTellGroundsFromWork() {
        Map<String, String> r = relations("某县2019年农村污水治理工作方案\n为改善水环境，制定本方案。\n"
                + "一、指导思想\n依据《某省水污染防治条例》，全面落实《某市水污染防治行动计划》，改善水质。\n"
                + "二、主要任务\n开展排查。\n");

        assertThat(r).containsEntry("某省水污染防治条例", "basis")
                .containsEntry("某市水污染防治行动计划", "implements");
    }

    @Test
    @DisplayName("a document without headings: a sentence saying this document is made on it is its basis")
    void withoutHeadingsTheMadeHereSentenceDecides() {
        Map<String, String> r = relations("根据《某市农村污水治理三年行动计划》，结合我镇实际，现制定如下工作要点。"
                + "\n全面执行《某市排水管理办法》，做好管网维护。\n");

        assertThat(r).containsEntry("某市农村污水治理三年行动计划", "basis")
                .containsEntry("某市排水管理办法", "implements");
    }
}
