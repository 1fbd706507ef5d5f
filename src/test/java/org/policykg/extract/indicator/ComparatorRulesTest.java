package org.policykg.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The comparator rules of {@link ProseTargetReader}: how a value bounds its measure, asked in order, each
 * on short sentences written for the test.
 */
@DisplayName("How prose says a value bounds its measure")
class ComparatorRulesTest {
    private static List<Comparator> comparators(String sentence) {
        return ProseTargetReader.read(new ProseTargetReader.Context(sentence, 0, null, 2020)).stream()
                .map(Target::comparator).toList();
    }

    @Nested
    @DisplayName("ListedChange: a value listed after a change is the same change")
    class Listed {
        @Test
        @DisplayName("分别下降6%、7%: both decreases")
        void listedAfterADecrease() {
            assertThat(comparators("化学需氧量、氨氮排放量分别下降6%、7%。")).containsExactly(Comparator.DECREASE, Comparator.DECREASE);
        }
    }

    @Nested
    @DisplayName("ComparatorWords: the words written next to the value")
    class Words {
        @Test
        @DisplayName("以上 after, 控制在 before, 提高到 a level, 提高 a change")
        void writtenWords() {
            assertThat(comparators("建成区绿地面积达到300公顷以上。")).containsExactly(Comparator.GE);
            assertThat(comparators("全市用水总量控制在3亿立方米。")).containsExactly(Comparator.LE);
            assertThat(comparators("绿色出行比例提高到40%。")).containsExactly(Comparator.GE);
            assertThat(comparators("绿色出行比例提高4个百分点。")).containsExactly(Comparator.INCREASE);
        }
    }

    @Nested
    @DisplayName("CarriedComparator: a value with a few words of its own is compared like the one before")
    class Carried {
        @Test
        @DisplayName("新增建设用地不超过300公顷、工矿用地20公顷: the second is a ceiling too")
        void shortWordsCarryTheComparator() {
            assertThat(comparators("新增建设用地不超过300公顷、工矿用地20公顷。")).containsExactly(Comparator.LE, Comparator.LE);
        }

        @Test
        @DisplayName("完成退化林修复2000亩: a quantity of work is exact, whatever came before")
        void workToFinishIsNotCarried() {
            assertThat(comparators("拆除率不低于90%，完成退化林修复2000亩。")).containsExactly(Comparator.GE, Comparator.EQ);
        }
    }

    @Nested
    @DisplayName("RetentionFloor: an amount to keep is a floor")
    class Retention {
        @Test
        @DisplayName("耕地保有量1200万亩: at least, though no word says so")
        void retainedAmount() {
            assertThat(comparators("全市耕地保有量1200万亩。")).containsExactly(Comparator.GE);
        }
    }

    @Nested
    @DisplayName("UnitDefault: with no word, a percentage is a floor and any other value exact")
    class Default {
        @Test
        @DisplayName("达标率100% is at least; 绿地面积300公顷 exactly")
        void byUnit() {
            assertThat(comparators("水源地水质达标率100%。")).containsExactly(Comparator.GE);
            assertThat(comparators("建成区绿地面积300公顷。")).containsExactly(Comparator.EQ);
        }
    }
}
