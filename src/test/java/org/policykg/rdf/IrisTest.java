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

    /** The rule as first written (a code point at a time, {@code String.format} for each byte): the definition. */
    private static String encodeByDefinition(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }

    @Test
    void aSegmentIsEncodedAsTheRuleDefinesIt() throws IOException {
        List<String> samples = new java.util.ArrayList<>(List.of("", "南通市", "苏政办发-2017-115", "a b", "%", "〔2017〕",
                "GB13223-2011", "A~b.c_d-e", "\uD83D\uDE00x", "x\uD83D", "\uDE00y", "\uD83D", "tab\there", "é", "Ω≈ç",
                "（一）", "中国制造2025", "𠀀字"));
        try (Stream<Path> files = Files.list(Path.of("data/documents"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    samples.add(line);
                    samples.add(line.length() > 12 ? line.substring(3, 12) : line);
                }
            }
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                s.append((char) random.nextInt(random.nextBoolean() ? 0x80 : 0x10000));
            }
            samples.add(s.toString());
        }
        for (String s : samples) {
            assertThat(Iris.encodeSegment(s)).as(s).isEqualTo(encodeByDefinition(s));
        }
    }
}
