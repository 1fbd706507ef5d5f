package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ways real local documents write who does a task, each on a snippet of its own (written for the
 * test, in the style of the published documents; none is copied from one).
 */
@DisplayName("Responsible bodies, as real documents write them")
class AssignmentFormsTest {
    private static final String HEAD = "一、重点任务\n";

    /** "name role" pairs of the task whose text contains {@code anchor}. */
    private static List<String> of(Seeds.Doc doc, String anchor) {
        List<Assignment> all = doc.assignments();
        var task = doc.outline().tasks().stream().filter(t -> t.text().contains(anchor)).findFirst().orElseThrow();
        return all.stream().filter(a -> a.task() == task).map(a -> a.name() + " " + a.role().label()).toList();
    }

    @Test
    void leadAndResponsibleUnitsInAHexagonalBracketWithDengAnZhiZeFenGong() {
        var doc = Seeds.of(HEAD + "（五）推进园区循环化改造。开展工业固废综合利用。〔责任单位:市工信局、市生态环境局、市科技局等按职责分工,"
                + "各县(市)区政府、高新区管委会〕\n");
        assertThat(of(doc, "循环化改造")).containsExactly("市工信局 lead", "市生态环境局 support", "市科技局 support",
                "各县(市)区政府 support", "高新区管委会 support");
    }

    @Test
    void aSquareBracketWithLeadSupportAndBodiesThatCarryItOut() {
        var doc = Seeds.of(HEAD + "1.控制用水总量。强化取水许可管理。[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。]\n");
        assertThat(of(doc, "取水许可")).containsExactly("市水务局 lead", "市工信委 support", "城乡建设局 support",
                "各县(市)区政府 support");
    }

    @Test
    void aStandingInstructionInsideTheBracketAssignsNothing() {
        var doc = Seeds.of(HEAD + "1.控制用水总量。强化取水许可管理。[市水务局牵头,市工信委配合。以下各项工作均需各县(市)区政府落实,"
                + "由市政府直属部门负责相关工作,不再列出]\n2.保护水源地。开展水源地整治。(市环保局牵头)\n");
        assertThat(of(doc, "取水许可")).containsExactly("市水务局 lead", "市工信委 support");
        assertThat(of(doc, "水源地整治")).containsExactly("市环保局 lead");
    }

    @Test
    void aResponsibleUnitsLineBelowAOneSentenceItemAssignsThatItem() {
        var doc = Seeds.of(HEAD + "（一）强化绿色管控\n1.落实能耗双控制度,遏制高耗能项目盲目发展。\n责任单位:发改局、工信局、开发区\n"
                + "2.强化水耗总量和强度控制。\n责任单位:水利局\n");
        assertThat(of(doc, "能耗双控")).containsExactly("发改局 lead", "工信局 support", "开发区 support");
        assertThat(of(doc, "水耗总量")).containsExactly("水利局 lead");
    }

    @Test
    void theFirstListedLeadsWhenTheBracketSaysSoInANote() {
        var doc = Seeds.of(HEAD + "1.制订煤炭消费总量控制目标,实现煤炭消费负增长。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)\n");
        assertThat(of(doc, "煤炭消费")).containsExactly("省经信委 lead", "省发改委(省能源局) support");
    }

    @Test
    void aHeadingsOverallLeadIsNotEveryTasksLead() {
        var doc = Seeds.of("一、加快调整能源结构(省发改委总牵头)\n（一）控制煤炭消费总量。\n1.新建项目禁止配套建设自备燃煤电站。\n");
        assertThat(doc.assignments()).isEmpty();
    }

    @Test
    void aHeadingNamingABodysDutiesMakesItLeadEveryTaskBelowWithItsHelpers() {
        var doc = Seeds.of("(三)县公安局主要工作任务:\n1、依法整治尾气排放不合格的机动车辆。\n2、依法整治运输车辆的扬尘污染。\n"
                + "协助单位:交通局、县城管大队。\n四、工作步骤\n1、2019年3月底前制定整治方案。\n");
        assertThat(of(doc, "尾气排放")).containsExactly("县公安局 lead", "交通局 support", "县城管大队 support");
        assertThat(of(doc, "扬尘污染")).containsExactly("县公安局 lead", "交通局 support", "县城管大队 support");
        assertThat(of(doc, "制定整治方案")).as("四、 is a part of its own, above (三)'s items").isEmpty();
    }

    @Test
    void aTableWithABarBeforeEveryCellGivesARowPerTask() {
        var doc = Seeds.of("|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n1\n|\n完善城市管理体制\n|\n市委编办、市住建局\n|\n"
                + "2019年底前\n|\n|\n2\n|\n开展垃圾分类试点\n|\n市住建局,各县(区)政府、市直园区管委会\n|\n常态工作\n|\n");
        assertThat(of(doc, "城市管理体制")).containsExactly("市委编办 lead", "市住建局 support");
        assertThat(of(doc, "垃圾分类")).containsExactly("市住建局 lead", "各县(区)政府 support", "市直园区管委会 support");
    }

    @Test
    void aBarredTableThatLostItsHeaderHasItsResponsibleColumnToldByWhatItHolds() {
        var doc = Seeds.of("节能减排\n| 1\n| 单位工业增加值能耗下降5%\n| 2019年\n| 调整优化产业结构,推进节能改造。\n| 市经信委\n|\n2\n"
                + "| 工业用水重复利用率达到85%\n| 2019年\n| 开展工业节水工作。\n| 市经信委、市水利局\n|\n");
        assertThat(of(doc, "能耗下降")).containsExactly("市经信委 lead");
        assertThat(of(doc, "重复利用率")).containsExactly("市经信委 lead", "市水利局 support");
    }

    @Test
    void aMarkdownTableARowALineWithARuleUnderItsHeader() {
        var doc = Seeds.of(HEAD + "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 建设海绵城市试点区 | 市住建局 | 市水利局、市财政局 |\n");
        assertThat(of(doc, "海绵城市")).containsExactly("市住建局 lead", "市水利局 support", "市财政局 support");
    }

    @Test
    void aTableFlattenedToALineARowIsReadFromItsRightEnd() {
        var doc = Seeds.of("序号 类别 主要任务 牵头单位 参与单位 责任单位\n"
                + "1 水资源 保护 严守用水总量红线,到2020年用水总量控制在10亿立方米以内。 市水利局 市发展改革委、农业局等 "
                + "各县(市、区)党委和人民政府\n");
        assertThat(of(doc, "用水总量红线")).containsExactly("市水利局 lead", "市发展改革委 support", "农业局 support",
                "各县(市、区)党委和人民政府 support");
    }

    @Test
    void collectivesWrittenWithADunHaoAreOneBodyAsWritten() {
        var doc = Seeds.of(HEAD + "加强道路保洁。主要责任单位:各县(市、区)、乡(镇)人民政府,城乡一体化示范区、高新区党工委和管委会。\n");
        assertThat(of(doc, "道路保洁")).containsExactly("各县(市、区)、乡(镇)人民政府 lead",
                "城乡一体化示范区、高新区党工委和管委会 support");
    }

    @Test
    void aGovernmentAndADistrictsCommitteeAreTwoBodies() {
        var doc = Seeds.of(HEAD + "完善城市工作机制。(责任单位:市住建局,各县(区)政府、市直园区管委会)\n");
        assertThat(of(doc, "城市工作机制")).containsExactly("市住建局 lead", "各县(区)政府 support", "市直园区管委会 support");
    }

    @Test
    void aNameCutByTheEndOfTheCopyIsDropped() {
        var doc = Seeds.of(HEAD + "1.开展低碳试点示范。\n责任单位:发改局、生态环");
        assertThat(of(doc, "低碳试点")).containsExactly("发改局 lead");
    }

    @Test
    void aHeaderFlattenedIntoProseIsNoListOfBodies() {
        var doc = Seeds.of(HEAD + "工作任务和内容 责任单位 配合单位 完成时间 负责全县环境质量的舆论宣传,利用电台、电视等媒体开展专题报道.\n");
        assertThat(doc.assignments()).isEmpty();
    }

    @Test
    void aParenthesisThatNamesNoBodyGivesNoAssignment() {
        var doc = Seeds.of(HEAD + "规范公共(场所)管理,落实《管理办法(试行)》,编制规划(2018-2020年)。\n");
        assertThat(doc.assignments()).isEmpty();
    }

    @Test
    void anItemClosingSeveralTasksWithTheirOwnBracketsIsSeveralTasks() {
        var doc = Seeds.of(HEAD + "1.加强湿地保护。落实湿地总量管控。(牵头单位:县林业局)推进湿地公园建设,完善配套设施。(牵头单位:县住建局)\n");
        assertThat(of(doc, "湿地总量")).containsExactly("县林业局 lead");
        assertThat(of(doc, "湿地公园")).containsExactly("县住建局 lead");
    }

    @Test
    void aCopyStartingMidItemKeepsTheEndOfThatItemAsATask() {
        var doc = Seeds.of("建设宜居乡村,2019年底前完成20个示范村创建。(市建委牵头)\n10.完善村庄污水处理。加快管网建设。\n");
        assertThat(of(doc, "示范村")).containsExactly("市建委 lead");
    }
}
