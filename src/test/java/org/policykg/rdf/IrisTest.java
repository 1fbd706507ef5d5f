package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    @Test
    void childIrisHangUnderTheirParentAndCountFromOne() {
        String doc = iris.document("苏政办发〔2017〕115号", null, null, null);
        String row = iris.row(iris.table(doc, 2), 0);

        assertThat(iris.project(doc, 0)).isEqualTo(doc + "/project/1");
        assertThat(iris.target(doc, 4)).isEqualTo(doc + "/target/5");
        assertThat(iris.assignment(iris.task(doc, 3), 2)).isEqualTo(doc + "/task/3/assignment/2");
        assertThat(iris.cell(row, 1)).isEqualTo(doc + "/table/2/row/1/cell/2");
    }

    /** One place mints IRIs: a path segment of a child IRI written anywhere else is a second identity rule. */
    @Test
    void noClassOutsideIrisWritesAChildIriSegment() throws IOException {
        Pattern segment = Pattern.compile("\"/(project|target|assignment|cell|row|task|table|section|sentence|citation)/\"");
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org", "policykg", "rdf", "Iris.java")))
                    .filter(f -> segment.matcher(read(f)).find())
                    .map(Path::toString).toList();
            assertThat(offenders).as("classes that build child IRIs by hand").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
