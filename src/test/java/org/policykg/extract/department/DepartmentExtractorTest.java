package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DepartmentExtractorTest {

    /** "name role" pairs of the assignments of the first task whose text contains {@code anchor}. */
    private static List<String> of(Seeds.Doc doc, String anchor) {
        List<Assignment> all = doc.assignments();
        var task = all.stream().map(Assignment::task).filter(t -> t.text().contains(anchor)).findFirst().orElseThrow();
        return all.stream().filter(a -> a.task() == task).map(a -> a.name() + " " + a.role().label()).toList();
    }

    @Nested
    @DisplayName("a trailing (責任部門:…) list, as in Nantong's 000")
    class ResponsibleDepartments {
        private final Seeds.Doc doc = Seeds.load("000");

        @Test
        void firstBodyLeadsTheRestSupportNamesAsWrittenInSimplified() {
            assertThat(of(doc, "继续强化排污权交易工作"))
                    .containsExactly("市环保局 lead", "海渔局 support", "水利局 support", "物价局 support", "国土局 support", "农委 support");
        }

        @Test
        void everyTaskOfTheDocumentIsAssigned() {
            assertThat(doc.assignments().stream().map(a -> a.task().position()).distinct()).hasSize(33);
        }

        @Test
        void spansPointAtTheNamesInTheOriginalText() {
            Assignment first = doc.assignments().get(0);
            assertThat(doc.text().original(first.span())).isEqualTo("市環保局");
        }
    }

    @Nested
    @DisplayName("(牵头单位:…,责任单位:…) and its variants, as in Weihai's 003")
    class LeadAndResponsibleUnits {
        private final Seeds.Doc doc = Seeds.load("003");

        @Test
        void bodiesUnderTheLeadLabelLeadAndTheResponsibleUnitsSupport() {
            assertThat(of(doc, "1.大力推进主体功能区建设"))
                    .containsExactly("经发局 lead", "商务局 lead", "国土资源分局 lead", "建设局 support", "农经局 support",
                            "规划分局 support", "环保分局 support");
        }

        @Test
        void theLabelMayLackItsColon() {
            assertThat(of(doc, "3.强化自然资源资产管理")).containsExactly("国土资源分局 lead", "经发局 support");
            assertThat(of(doc, "3.调整优化能源结构")).startsWith("经发局 lead");
        }

        @Test
        void underLeadResponsibilityEveryBodyLeads() {
            assertThat(of(doc, "2.实行领导干部自然资源资产离任审计制度"))
                    .containsExactly("组织部 lead", "审计局 lead", "统计处 lead");
        }

        @Test
        void aTrailingDengBuMenPeiHeIsNotPartOfTheLastName() {
            assertThat(of(doc, "4.拓宽投融资渠道")).contains("环保分局 support").noneMatch(s -> s.contains("等"));
        }

        @Test
        void collectiveNamesAreKeptWhenTheListAssignsThem() {
            assertThat(of(doc, "成立威海经济技术开发区")).containsExactly("环保分局 lead", "各镇 support", "街道 support");
        }
    }

    @Nested
    @DisplayName("the 责任分解表 appendix of Jiaxing's 002")
    class ResponsibilityTable {
        private final Seeds.Doc doc = Seeds.load("002");

        @Test
        void theFirstUnitOfTheResponsibleColumnLeads() {
            assertThat(of(doc, "促进产业结构和布局调整")).containsExactly("经发局 lead", "规划建设局 support",
                    "国土资源局 support", "环保局 support", "乍浦镇 support", "财政(地税)分局 support");
        }

        @Test
        void theActionsOwnLeadUnitInBracketsIsNoTaskAssignment() {
            assertThat(of(doc, "深入推进抓节水、排涝水")).containsExactly("规划建设局 lead", "乍浦镇 support");
        }

        @Test
        void aStandingArrangementInProseAssignsNothing() {
            assertThat(doc.assignments()).noneMatch(a -> a.name().contains("美丽办"));
        }

        @Test
        void everyRowIsAssigned() {
            assertThat(doc.assignments().stream().map(a -> a.task().position()).distinct()).hasSize(48);
        }
    }

    @Test
    @DisplayName("the 责任部门 column of a project table (001) names the lead")
    void projectTable() {
        assertThat(of(Seeds.load("001"), "南通朝阳漂染有限公司搬迁改造项目")).containsExactly("区房产管局 lead");
        assertThat(of(Seeds.load("001"), "燃煤锅炉淘汰")).containsExactly("区环保局 lead", "经发局 support");
    }

    @Test
    @DisplayName("every assignment's span reads its name in the normalized text")
    void spansReadTheNames() {
        for (Seeds.Doc doc : Seeds.all()) {
            assertThat(doc.assignments()).as(doc.fileName()).allSatisfy(a -> assertThat(doc.text().text(a.span())).isEqualTo(a.name()));
        }
    }

    @Test
    @DisplayName("a document that names no responsible body yields none (004)")
    void noBodies() {
        assertThat(Seeds.load("004").assignments()).isEmpty();
    }

    @Nested
    @DisplayName("patterns of other cities' documents")
    class OtherCities {
        private static final String HEAD = "一、重点任务\n";

        @Test
        void youQianTouWithSupportersInProse() {
            var doc = Seeds.of(HEAD + "加快污水管网建设。由市住建局牵头，市发改委、市财政局配合。\n");
            assertThat(of(doc, "污水管网")).containsExactly("市住建局 lead", "市发改委 support", "市财政局 support");
        }

        @Test
        void leadAndSupportInABracketWithoutLabels() {
            var doc = Seeds.of(HEAD + "推进秸秆综合利用（市农业局牵头，市环保局、各县区参与）。\n");
            assertThat(of(doc, "秸秆")).containsExactly("市农业局 lead", "市环保局 support", "各县区 support");
        }

        @Test
        void labelledLinesWithSemicolons() {
            var doc = Seeds.of(HEAD + "强化扬尘治理。牵头部门：市城管局；配合部门：市住建局、市交通局。\n");
            assertThat(of(doc, "扬尘")).containsExactly("市城管局 lead", "市住建局 support", "市交通局 support");
        }

        @Test
        void aLineOfResponsibleUnitsBelongsToTheTaskAboveIt() {
            var doc = Seeds.of(HEAD + "开展河道清淤。\n责任单位：市水利局、市环保局\n");
            assertThat(of(doc, "河道清淤")).containsExactly("市水利局 lead", "市环保局 support");
        }

        @Test
        void anUnlabelledTrailingBracketOfBodies() {
            var doc = Seeds.of(HEAD + "完善生态补偿机制。（市财政局、市环保局）\n");
            assertThat(of(doc, "生态补偿")).containsExactly("市财政局 lead", "市环保局 support");
        }

        @Test
        void aBracketThatIsNoListYieldsNothing() {
            var doc = Seeds.of(HEAD + "落实《环境保护税法》（2018年版），推进排污许可（试行）。\n");
            assertThat(doc.assignments()).isEmpty();
        }

        @Test
        void aHeadingsAssignmentCoversTheParagraphsBelowIt() {
            var doc = Seeds.of("一、重点任务\n（一）加强大气污染防治（牵头单位：市环保局）\n淘汰燃煤小锅炉。\n");
            assertThat(of(doc, "燃煤小锅炉")).containsExactly("市环保局 lead");
        }

        @Test
        void aTaskTableWithItsOwnLeadColumn() {
            var doc = Seeds.of(HEAD + "序号\t工作任务\t牵头单位\t配合单位\n1\t建设海绵城市\t市住建局\t市水利局、市财政局\n");
            assertThat(of(doc, "海绵城市")).containsExactly("市住建局 lead", "市水利局 support", "市财政局 support");
        }

        @Test
        void aBodyMarkedAsLeadLeadsWhereverItIsListed() {
            var doc = Seeds.of(HEAD + "序号\t工作任务\t责任单位\n1\t建设海绵城市\t市水利局、市住建局（牵头）\n");
            assertThat(of(doc, "海绵城市")).containsExactly("市水利局 support", "市住建局 lead");
        }

        @Test
        void anAssignmentLineRightBelowAHeadingIsNotGivenToAnotherSection() {
            var doc = Seeds.of("一、重点任务\n开展河道清淤。\n二、保障措施\n责任单位：市财政局\n");
            assertThat(doc.assignments()).noneMatch(a -> a.task().text().contains("河道清淤"));
        }

        @Test
        void generalWordsOfProseAreNoBodies() {
            var doc = Seeds.of(HEAD + "各责任单位要加强协调，有关部门牵头抓好落实，形成合力。\n");
            assertThat(doc.assignments()).isEmpty();
        }
    }
}
