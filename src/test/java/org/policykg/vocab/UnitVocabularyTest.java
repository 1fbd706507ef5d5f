package org.policykg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Units as written map to one IRI each")
class UnitVocabularyTest {
    private static final UnitVocabulary UNITS = UnitVocabulary.load();
    private static final String QUDT = "http://qudt.org/vocab/unit/";
    private static final String OWN = "https://w3id.org/policykg/vocab/unit/";

    @Test
    void theWrittenFormsOfAConcentrationAreOneQudtUnit() {
        assertThat(UNITS.iri("微克/立方米")).contains(QUDT + "MicroGM-PER-M3");
        assertThat(UNITS.iri("微克每立方米")).contains(QUDT + "MicroGM-PER-M3");
        assertThat(UNITS.iri("μg/m³")).contains(QUDT + "MicroGM-PER-M3");
        assertThat(UNITS.iri("μg/m ³")).as("a PDF table's spacing").contains(QUDT + "MicroGM-PER-M3");
    }

    @Test
    void qudtUnitsWhereQudtHasThem() {
        assertThat(UNITS.iri("%")).contains(QUDT + "PERCENT");
        assertThat(UNITS.iri("公顷")).contains(QUDT + "HA");
        assertThat(UNITS.iri("平方公里")).contains(QUDT + "KiloM2");
        assertThat(UNITS.iri("吨")).contains(QUDT + "TONNE");
    }

    @Test
    void ownTermsForChineseMagnitudesAndCountingWords() {
        assertThat(UNITS.iri("万亩")).contains(OWN + "10k-mu");
        assertThat(UNITS.iri("亿元")).contains(OWN + "100m-yuan");
        assertThat(UNITS.iri("亿")).contains(OWN + "100m-yuan");
        assertThat(UNITS.iri("个百分点")).contains(OWN + "percentage-point");
        assertThat(UNITS.iri("m ³ / 万元")).contains(OWN + "m3-per-10k-yuan");
        assertThat(UNITS.iri("个")).hasValueSatisfying(iri -> assertThat(UNITS.isCount(iri)).isTrue());
        assertThat(UNITS.isCount(QUDT + "PERCENT")).isFalse();
    }

    @Test
    void anUnknownOrEmptyUnitHasNoIri() {
        assertThat(UNITS.iri("")).isEmpty();
        assertThat(UNITS.iri("蒸笼")).isEmpty();
    }
}
