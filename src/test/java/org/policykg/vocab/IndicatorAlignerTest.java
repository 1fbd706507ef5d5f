package org.policykg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.extract.indicator.Target;
import org.policykg.extract.indicator.TargetExtractor;
import org.policykg.testing.SeedDocuments;
import org.policykg.testing.SeedDocuments.Seed;

@DisplayName("Indicator labels align to the concept scheme")
class IndicatorAlignerTest {
    private static final IndicatorAligner ALIGNER = IndicatorAligner.load();
    private static final String IND = "https://w3id.org/policykg/vocab/indicator/";

    private static String concept(String label) {
        return ALIGNER.align(label).map(IndicatorConcept::iri).orElse("");
    }

    private static List<Target> targets(String seed) {
        Seed s = SeedDocuments.seed(seed);
        return new TargetExtractor().extract(s.text(), s.outline(), null);
    }

    @Test
    void twoCitiesTreeCoverTargetsAreOneConcept() {
        Target nantong = targets("001").stream().filter(t -> t.indicator().equals("林木覆盖率")).findFirst().orElseThrow();
        Target jiaxing = targets("002").stream().filter(t -> t.indicator().contains("林木覆盖率")).findFirst().orElseThrow();
        assertThat(concept(nantong.indicator())).isEqualTo(IND + "tree-cover").isEqualTo(concept(jiaxing.indicator()));
    }

    @Test
    void pm25TargetsAlignWhateverTheWording() {
        Target jiaxing = targets("002").stream()
                .filter(t -> t.value() != null && t.value().compareTo(new BigDecimal("38")) == 0).findFirst().orElseThrow();
        assertThat(concept(jiaxing.indicator())).isEqualTo(IND + "pm25-concentration");
        assertThat(concept("细颗粒物(PM2.5)年均浓度")).isEqualTo(IND + "pm25-concentration");
        assertThat(concept("PM2.5平均浓度")).isEqualTo(IND + "pm25-concentration");
    }

    @Test
    void synonymsOfGdpAreRewrittenBeforeMatching() {
        assertThat(concept("单位地区生产总值能耗下降率")).isEqualTo(IND + "energy-use-per-gdp");
        assertThat(concept("单位国内生产总值二氧化碳排放强度")).isEqualTo(IND + "co2-per-gdp");
        assertThat(concept("万元GDP用水量")).isEqualTo(IND + "water-use-per-gdp");
    }

    @Test
    void excludedWordsKeepRuralAndUrbanSewageApart() {
        assertThat(concept("县城污水处理率")).isEqualTo(IND + "urban-sewage-treatment-rate");
        assertThat(concept("农村生活污水处理率")).isEqualTo(IND + "rural-sewage-treatment");
    }

    @Test
    void aLabelNamingTwoMeasuresOrNoneKeepsItsOwnLabel() {
        assertThat(ALIGNER.align("化学需氧量、氨氮排放总量")).isEmpty();
        assertThat(ALIGNER.align("优美庭院示范户")).isEmpty();
    }

    @Test
    void everyConceptHasATheme() {
        assertThat(ALIGNER.concepts()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.theme()).startsWith("https://w3id.org/policykg/vocab/theme/"));
    }
}
