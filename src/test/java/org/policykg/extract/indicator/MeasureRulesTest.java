package org.policykg.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The measure rules of {@link ProseTargetReader}, one per way a sentence names what a value measures, each
 * on short sentences written for the test. The value's own words come first; where they name nothing,
 * the measure carries over from the sentence or the paragraph.
 */
@DisplayName("How prose names the measure of a value")
class MeasureRulesTest {
    private static List<Target> read(String sentence) {
        return ProseTargetReader.read(new ProseTargetReader.Context(sentence, 0, null, 2020));
    }

    private static List<String> measures(String sentence) {
        return read(sentence).stream().map(Target::indicator).toList();
    }

    @Nested
    @DisplayName("CountedNounMeasure: the value counts the noun written before it")
    class CountedNoun {
        @Test
        @DisplayName("列为重点村的140个村: 村 after the value repeats the head of 重点村")
        void nounBeforeRepeatedByItsHead() {
            assertThat(measures("列为重点村的140个村全部完成改造。")).containsExactly("重点村");
        }
    }

    @Nested
    @DisplayName("MeasureBeforeVerb: the measure first, the value after a verb")
    class BeforeVerb {
        @Test
        @DisplayName("优良天数比率达到85%: the words before the verb, the year dropped")
        void measureThenVerbThenValue() {
            assertThat(read("到2025年，全县空气质量优良天数比率达到85%以上。")).singleElement().satisfies(t -> {
                assertThat(t.indicator()).isEqualTo("全县空气质量优良天数比率");
                assertThat(t.year()).isEqualTo(2025);
            });
        }

        @Test
        @DisplayName("实现100%覆盖: after 实现 the words after the value belong to the measure too")
        void achieveKeepsTheWordsAfter() {
            assertThat(measures("农村生活垃圾收运处理实现100%覆盖。")).containsExactly("农村生活垃圾收运处理覆盖");
        }

        @Test
        @DisplayName("a short measure continues the one before it (ShortMeasure): …覆盖率达到55%，县城达到35%")
        void shortMeasureContinuesTheOneBefore() {
            assertThat(measures("市区生活垃圾分类覆盖率达到55%，县城达到35%。"))
                    .containsExactly("市区生活垃圾分类覆盖率", "县城生活垃圾分类覆盖率");
            assertThat(measures("河道垃圾拆除率不低于90%、发现率100%。")).containsExactly("河道垃圾拆除率", "河道垃圾发现率");
        }
    }

    @Nested
    @DisplayName("QuantityOfNoun: the value first, as a quantity of what follows it")
    class Quantity {
        @Test
        @DisplayName("新建60万亩高标准农田: the noun after the value, not the action before it")
        void nounAfterTheValue() {
            assertThat(measures("新建60万亩高标准农田。")).containsExactly("高标准农田");
        }
    }

    @Nested
    @DisplayName("ListedQuantities: values listed with 、 share the noun after the last")
    class Listed {
        @Test
        @DisplayName("新辟4条、优化调整8条公交线路: both count 公交线路, the first keeping its own verb")
        void listedValuesShareTheLastNoun() {
            List<Target> t = read("新辟4条、优化调整8条公交线路。");
            assertThat(t).extracting(Target::indicator).containsExactly("新辟公交线路", "公交线路");
            assertThat(t).extracting(x -> x.value().intValue()).containsExactly(4, 8);
        }
    }

    @Nested
    @DisplayName("EarlierTargetMeasure: a value naming no measure sets the sentence's last one again")
    class EarlierTarget {
        @Test
        @DisplayName("到2020年…达到25%，2025年达到28%: the later value is the same rate's, with its own year")
        void laterValueOfTheSameMeasure() {
            List<Target> t = read("到2020年，全市森林覆盖率达到25%，2025年达到28%。");
            assertThat(t).extracting(Target::indicator).containsOnly("全市森林覆盖率");
            assertThat(t).extracting(Target::year).containsExactly(2020, 2025);
        }
    }

    @Nested
    @DisplayName("PreviousClauseMeasure: the sentence's first value takes the measure of the clause before")
    class PreviousClause {
        @Test
        @DisplayName("不断提高…利用率，到2019年达到70%以上")
        void measureInTheClauseBefore() {
            assertThat(read("不断提高畜禽养殖粪便综合利用率，到2019年达到70%以上。")).singleElement().satisfies(t -> {
                assertThat(t.indicator()).isEqualTo("畜禽养殖粪便综合利用率");
                assertThat(t.year()).isEqualTo(2019);
            });
        }
    }

    @Nested
    @DisplayName("BaselineMeasure: 由X提高到Y sets the baseline's measure, X kept as its baseline")
    class Baseline {
        @Test
        @DisplayName("污水处理率由2015年的85%提高到95%: one target of 95 from 85")
        void valueAfterABaseline() {
            assertThat(read("城市污水处理率由2015年的85%提高到95%。")).singleElement().satisfies(t -> {
                assertThat(t.indicator()).isEqualTo("城市污水处理率");
                assertThat(t.value()).isEqualByComparingTo("95");
                assertThat(t.baseline()).isEqualByComparingTo("85");
            });
        }
    }

    @Nested
    @DisplayName("Milestone: a sentence naming only a deadline sets the paragraph's measure")
    class LaterMilestone {
        @Test
        @DisplayName("；2019年底前，达到90%: the paragraph's measure, the sentence's year")
        void deadlineOnly() {
            var ctx = new ProseTargetReader.Context("2019年底前，达到90%。", 0, null, 2020, null, "城镇生活污水处理率");
            assertThat(ProseTargetReader.read(ctx)).singleElement().satisfies(t -> {
                assertThat(t.indicator()).isEqualTo("城镇生活污水处理率");
                assertThat(t.year()).isEqualTo(2019);
            });
        }

        @Test
        @DisplayName("without a paragraph's measure before it, a bare deadline and value is no target")
        void nothingToCarry() {
            assertThat(read("2019年底前，达到90%。")).isEmpty();
        }
    }
}
