package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policykg.extract.citation.RegulationKey;

class IrisTest {
    private final Iris iris = new Iris("http://example.org/kg");

    @Test
    void aRegulationIsNamedByItsNumberWhateverTheBracketsOrScript() {
        String expected = "http://example.org/kg/regulation/苏政办发-2017-115";

        assertThat(iris.regulationByNumber("苏政办发〔2017〕115号")).isEqualTo(expected);
        assertThat(iris.regulationByNumber("蘇政辦發[2017]115號")).isEqualTo(expected);
    }

    @Test
    void aTitleKeyIgnoresScriptPunctuationAndSpaces() {
        assertThat(RegulationKey.title("《中国制造 2025》")).isEqualTo(RegulationKey.title("中國製造2025"));
        assertThat(iris.regulationByTitle("海岸線保護與利用管理辦法")).isEqualTo(iris.regulationByTitle("海岸线保护与利用管理办法"));
    }

    @Test
    void aDocumentWithoutNumberIsNamedByContentNotByFileOrOrder() {
        String a = iris.document(null, "赣州市生态文明建设工作要点", "null", "赣州市");

        assertThat(a).isEqualTo(iris.document(null, "赣州市生态文明建设工作要点", "null", "赣州市"))
                .isNotEqualTo(iris.document(null, "赣州市生态文明建设工作要点", "null", "南通市"))
                .startsWith("http://example.org/kg/document/");
    }

    @Test
    void charactersThatCannotStandInAPathSegmentArePercentEncoded() {
        assertThat(Iris.encodeSegment("a b/c#d%中")).isEqualTo("a%20b%2Fc%23d%25中");
    }
}
