package org.policykg.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.OutlineReader;

/**
 * One specification per pattern of writing a target that the rules read, each on a short sentence
 * written for the test (not taken from any real document).
 */
@DisplayName("Target patterns of Chinese plans")
class TargetRulesTest {

    private static List<Target> prose(String text, Integer year) {
        var normalized = new TextNormalizer().normalize(text);
        return new TargetExtractor().extract(normalized, new OutlineReader().read(normalized, null), year);
    }

    private static Target only(List<Target> targets, String indicator) {
        return targets.stream().filter(t -> t.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " not in " + targets));
    }

    @Test
    @DisplayName("≥ and ≤ are comparators and end the label (InequalitySign)")
    void inequalitySigns() {
        List<Target> t = prose("到2025年，示范片区居民节水知晓率≥85%、参与率≥70%，河湖水体总磷浓度≤0.2毫克/升。", null);
        assertThat(only(t, "示范片区居民节水知晓率").comparator()).isEqualTo(Comparator.GE);
        assertThat(only(t, "示范片区居民节水参与率").value()).isEqualByComparingTo("70");
        Target p = only(t, "河湖水体总磷浓度");
        assertThat(p.comparator()).isEqualTo(Comparator.LE);
        assertThat(p.unit()).isEqualTo("毫克/升");
    }

    @Test
    @DisplayName("达/达到/不低于/控制在…以内 set floors and ceilings; 及以上 closing the clause bounds the value")
    void levelVerbs() {
        List<Target> t = prose("到2022年，镇区污水收集率达88%，村庄保洁覆盖率不低于96%，"
                + "工业取水总量控制在1.6亿立方米以内，医废处置率达到99%及以上。", null);
        assertThat(only(t, "镇区污水收集率").comparator()).isEqualTo(Comparator.GE);
        assertThat(only(t, "村庄保洁覆盖率").comparator()).isEqualTo(Comparator.GE);
        assertThat(only(t, "工业取水总量").comparator()).isEqualTo(Comparator.LE);
        assertThat(only(t, "医废处置率").value()).isEqualByComparingTo("99");
        assertThat(prose("全县4蒸吨/小时及以下生物质锅炉全部改造。", 2022)).isEmpty();
    }

    @Test
    @DisplayName("values listed after one verb pair with the measures listed before 分别 (PairedMeasures)")
    void pairedMeasures() {
        List<Target> t = prose("到2023年，全区总氮、总磷排放量较2020年分别削减6%、7%以上。", null);
        assertThat(t).extracting(Target::indicator).containsExactly("全区总氮排放量", "总磷排放量");
        assertThat(t).extracting(Target::comparator).containsOnly(Comparator.DECREASE);
        assertThat(t).extracting(x -> x.value().intValue()).containsExactly(6, 7);
        assertThat(prose("到2023年，市区、县城生活垃圾回收利用率分别达到40%、35%。", null))
                .extracting(Target::indicator).containsExactly("市区生活垃圾回收利用率", "县城生活垃圾回收利用率");
    }

    @Test
    @DisplayName("one value for several measures (均, or one rate of two subjects) is one target per measure")
    void oneValueForSeveralMeasures() {
        assertThat(prose("到2024年，二氧化硫、氮氧化物排放总量均较2020年下降9%。", null))
                .extracting(Target::indicator).containsExactly("二氧化硫排放总量", "氮氧化物排放总量");
        assertThat(prose("到2024年，重点建设用地和农用地土壤安全利用率达到93%以上。", null))
                .extracting(Target::indicator).containsExactly("重点建设用地安全利用率", "农用地土壤安全利用率");
        assertThat(prose("到2024年，新增湿地与绿廊建设面积3万亩。", null)).hasSize(1);
    }

    @Test
    @DisplayName("a count naming the places a rate is taken over is no target (QualifyingCount)")
    void qualifyingCount() {
        List<Target> t = prose("纳入监测的15个湖库水质达标比例达到80%以上。", 2021);
        assertThat(t).singleElement().satisfies(x -> {
            assertThat(x.value()).isEqualByComparingTo("80");
            assertThat(x.unit()).isEqualTo("%");
        });
    }

    @Test
    @DisplayName("a time limit (N个月内, N日内, N个工作日) is no target (TimeLimit)")
    void timeLimit() {
        assertThat(prose("方案印发后3个月内完成排查，发现问题15日内整改到位，10个工作日内报送结果。", 2021)).isEmpty();
        assertThat(prose("全年空气质量优良天数达到300天。", 2021)).singleElement()
                .extracting(Target::unit).isEqualTo("天");
    }

    @Test
    @DisplayName("year and quarter milestones of one measure are separate targets with their own year (Milestone)")
    void milestones() {
        List<Target> year = prose("2019年底前，城镇生活污水处理率达到85%；2020年底前，达到95%。", 2020);
        assertThat(year).extracting(Target::indicator).containsOnly("城镇生活污水处理率");
        assertThat(year).extracting(Target::year).containsExactly(2019, 2020);
        List<Target> quarter = prose("2019年第一季度前完成12家砖瓦窑整治，第三季度前完成30家。", 2019);
        assertThat(quarter).extracting(Target::indicator).containsOnly("砖瓦窑整治");
        assertThat(quarter).extracting(x -> x.value().intValue()).containsExactly(12, 30);
    }

    @Test
    @DisplayName("个百分点 is the unit of a change")
    void percentagePoints() {
        Target t = prose("到2022年，城市绿色出行比例较2020年提高3个百分点。", null).get(0);
        assertThat(t.unit()).isEqualTo("个百分点");
        assertThat(t.comparator()).isEqualTo(Comparator.INCREASE);
    }

    @Test
    @DisplayName("a value a verb sets without a unit keeps an empty unit, as written")
    void valueWithoutUnit() {
        Target t = prose("到2026年，新增建筑垃圾资源化利用率达55。", null).get(0);
        assertThat(t.indicator()).isEqualTo("新增建筑垃圾资源化利用率");
        assertThat(t.value()).isEqualByComparingTo("55");
        assertThat(t.unit()).isEmpty();
        assertThat(t.year()).isEqualTo(2026);
    }

    @Test
    @DisplayName("a concentration only reached (达到) is a ceiling (ConcentrationCeiling)")
    void concentrationCeiling() {
        List<Target> t = prose("到2025年，可吸入颗粒物年均浓度较2020年下降12%，达到52微克/立方米。", null);
        assertThat(t).anySatisfy(x -> {
            assertThat(x.value()).isEqualByComparingTo("52");
            assertThat(x.comparator()).isEqualTo(Comparator.LE);
        });
    }

    @Test
    @DisplayName("labels keep 等级 and drop 力争 and a table's cell bar")
    void labelWords() {
        assertThat(prose("其中空气质量等级为良的天数不少于160天。", 2021).get(0).indicator())
                .isEqualTo("空气质量等级为良的天数");
        assertThat(prose("县控断面优Ⅲ类水质比例力争达到75%。", 2021).get(0).indicator()).isEqualTo("县控断面优Ⅲ类水质比例");
        Target energy = prose("| 单位产值能耗降至0.4吨标煤/万元以下", 2021).get(0);
        assertThat(energy.indicator()).isEqualTo("单位产值能耗");
        assertThat(energy.unit()).isEqualTo("吨标煤/万元");
        assertThat(energy.comparator()).isEqualTo(Comparator.LE);
    }
}
