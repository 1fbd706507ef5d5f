package org.policykg.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.OutlineReader;
import org.policykg.testing.SeedDocuments;
import org.policykg.testing.SeedDocuments.Seed;

@DisplayName("Numeric targets")
class TargetExtractorTest {
    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> targets(String seed) {
        Seed s = SeedDocuments.seed(seed);
        return extractor.extract(s.text(), s.outline(), null);
    }

    private static List<Target> prose(String text, Integer year) {
        var normalized = new TextNormalizer().normalize(text);
        return new TargetExtractor().extract(normalized, new OutlineReader().read(normalized, null), year);
    }

    private static Optional<Target> find(List<Target> targets, String labelPart, String value) {
        return targets.stream()
                .filter(t -> t.indicator().contains(labelPart))
                .filter(t -> t.value() != null && t.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst();
    }

    @Nested
    @DisplayName("comparators are read from the words around the value")
    class Comparators {
        @Test
        void aLevelReachedIsAtLeast() {
            assertThat(find(targets("002"), "空气质量优良天数比率", "83")).get()
                    .extracting(Target::comparator).isEqualTo(Comparator.GE);
        }

        @Test
        void aConcentrationBroughtBelowIsAtMost() {
            Target pm = find(targets("002"), "PM2.5浓度", "38").orElseThrow();
            assertThat(pm.comparator()).isEqualTo(Comparator.LE);
            assertThat(pm.unit()).isEqualTo("微克/立方米");
        }

        @Test
        void aFallByTheValueIsADecreaseEvenWith以上() {
            assertThat(find(targets("003"), "万元GDP用水量", "6")).get()
                    .extracting(Target::comparator).isEqualTo(Comparator.DECREASE);
        }

        @Test
        void percentagePointsRaisedAreAnIncrease() {
            Target t = find(targets("001"), "比重", "2").orElseThrow();
            assertThat(t.comparator()).isEqualTo(Comparator.INCREASE);
            assertThat(t.unit()).isEqualTo("个百分点");
        }

        @Test
        void raisedToAValueIsALevelNotAnIncrease() {
            assertThat(find(targets("003"), "农药利用率", "40")).get()
                    .extracting(Target::comparator).isEqualTo(Comparator.GE);
        }

        @Test
        void aboutAValueAndCountsToCompleteAreEqual() {
            assertThat(find(targets("002"), "建成区绿地率", "40")).get()
                    .extracting(Target::comparator).isEqualTo(Comparator.EQ);
            assertThat(find(targets("000"), "河道整治工程", "20")).get()
                    .extracting(Target::comparator).isEqualTo(Comparator.EQ);
        }
    }

    @Nested
    @DisplayName("baselines are not targets")
    class Baselines {
        @Test
        void theYearAChangeIsMeasuredFromIsTheBaselineYear() {
            Target fertilizer = find(targets("000"), "化肥使用量", "3").orElseThrow();
            assertThat(fertilizer.indicator()).isEqualTo("全市化肥使用量");
            assertThat(fertilizer.comparator()).isEqualTo(Comparator.DECREASE);
            assertThat(fertilizer.baselineYear()).isEqualTo(2015);
            assertThat(fertilizer.year()).isEqualTo(2018);
        }

        @Test
        void noTargetCarriesABaselineYearAsItsValue() {
            assertThat(targets("003")).noneMatch(t -> t.value() != null
                    && (t.value().intValue() == 2005 || t.value().intValue() == 2015));
        }

        @Test
        void aStartingValueIsKeptAsTheBaselineOfTheTarget() {
            List<Target> t = prose("城镇污水处理率由2015年的85%提高到2020年的95%。", 2020);
            assertThat(t).singleElement().satisfies(target -> {
                assertThat(target.value()).isEqualByComparingTo("95");
                assertThat(target.baseline()).isEqualByComparingTo("85");
                assertThat(target.baselineYear()).isEqualTo(2015);
            });
        }

        @Test
        void aPastFigureIsNoTarget() {
            assertThat(prose("截至2017年底，全市森林覆盖率已达到28%。2015年全市森林覆盖率为25.6%。", 2020)).isEmpty();
        }
    }

    @Test
    @DisplayName("a range of a rate is kept at its lower bound; a range of things is left out")
    void rangesToLowerBound() {
        Target co2 = find(targets("003"), "二氧化碳排放强度", "40").orElseThrow();
        assertThat(co2.comparator()).isEqualTo(Comparator.DECREASE);
        assertThat(co2.valueText()).isEqualTo("40%-45%");
        assertThat(targets("002")).noneMatch(t -> t.indicator().contains("美丽河道"));
    }

    @Nested
    @DisplayName("numbers that only qualify scope or describe the plan are left out")
    class Exclusions {
        @Test
        void boilerAndPlantThresholds() {
            assertThat(targets("001")).noneMatch(t -> t.unit().contains("蒸吨") || t.unit().contains("万吨"));
            assertThat(targets("003")).noneMatch(t -> t.unit().contains("千瓦"));
        }

        @Test
        void theCountsOfThePlanItself() {
            assertThat(targets("002")).noneMatch(t -> t.indicator().contains("专项行动"));
            assertThat(targets("004")).noneMatch(t -> t.value() != null && t.value().intValue() == 8
                    && t.unit().contains("类"));
        }

        @Test
        void perUnitQuotasAndMonitoringRoutines() {
            assertThat(targets("004")).noneMatch(t -> t.indicator().contains("小流域"));
            assertThat(targets("000")).noneMatch(t -> t.indicator().contains("断面"));
        }
    }

    @Test
    @DisplayName("an indicator table's text cells are targets without a value")
    void tableTextTargetsKeptWithoutValue() {
        List<Target> table = targets("001").stream().filter(t -> t.span().start() < 2000).toList();
        assertThat(table).filteredOn(t -> t.indicator().equals("城市建成区绿化覆盖率")).singleElement()
                .satisfies(t -> {
                    assertThat(t.value()).isNull();
                    assertThat(t.valueText()).isEqualTo("完成市下达指标");
                });
        assertThat(table).anySatisfy(t -> {
            assertThat(t.indicator()).isEqualTo("生态红线区域占国土面积比例");
            assertThat(t.value()).isEqualByComparingTo("8.2");
            assertThat(t.comparator()).isEqualTo(Comparator.EQ);
        });
        assertThat(table).anySatisfy(t -> assertThat(t.indicator()).isEqualTo("县城污水处理率"));
    }

    @Test
    @DisplayName("the same measure with two values is two targets; a repeated target is one")
    void duplicates() {
        assertThat(targets("001")).filteredOn(t -> t.indicator().equals("林木覆盖率"))
                .extracting(t -> t.value().intValue()).containsExactlyInAnyOrder(26, 25);
        assertThat(targets("002")).filteredOn(t -> t.indicator().contains("林木覆盖率")).hasSize(1);
    }

    @Test
    @DisplayName("the year is the one stated, else the document's")
    void years() {
        assertThat(find(targets("002"), "港口码头低压岸电工程覆盖率", "100")).get()
                .extracting(Target::year).isEqualTo(2017);
        assertThat(find(targets("003"), "畜禽养殖粪便综合利用率", "70")).get()
                .extracting(Target::year).isEqualTo(2019);
        assertThat(find(targets("002"), "空气质量优良天数比率", "83")).get()
                .extracting(Target::year).isEqualTo(2020);
        assertThat(prose("森林覆盖率达到30%。", 2025)).singleElement()
                .extracting(Target::year).isEqualTo(2025);
    }

    @Test
    @DisplayName("labels are cleaned of leading verbs and connectives")
    void labels() {
        List<Target> t = targets("000");
        assertThat(find(t, "城市公共交通分担率", "26")).get().extracting(Target::indicator).isEqualTo("城市公共交通分担率");
        assertThat(find(t, "县(市)城区", "35")).get().extracting(Target::indicator)
                .isEqualTo("县(市)城区生活垃圾分类设施覆盖率");
        assertThat(find(t, "村", "251")).isPresent();
    }

    @Test
    @DisplayName("prose targets belong to the task they are written in")
    void tasks() {
        Target t = find(targets("001"), "黑臭水体", "2").orElseThrow();
        assertThat(t.task()).isNotNull();
        assertThat(t.task().text()).contains("黑臭水体整治");
    }
}
