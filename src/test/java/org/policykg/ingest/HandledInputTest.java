package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;
import org.policykg.rdf.vocab.Eli;
import org.policykg.support.Forms;
import org.policykg.support.GraphFingerprint;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * Messy input that is still a document is read as one (see docs/bad-input.md): the graph is valid
 * and, where the mess does not touch the content, the same as the clean file's.
 */
class HandledInputTest {
    @TempDir
    Path tmp;
    private final DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));

    static Stream<Arguments> sameContent() {
        return Stream.of(
                same("stray control characters (NUL, page breaks, SUB)", "controls.txt",
                        t -> t.replaceFirst("\n", "\u000C\n").replaceFirst("。", "。\u0000") + "\u001A"),
                same("Windows line ends", "crlf.txt", t -> t.replace("\n", "\r\n")),
                same("old Mac line ends", "cr.txt", t -> t.replace("\n", "\r")),
                same("a PDF named .txt", "wrong-extension.txt", null),
                same("a DOCX named .pdf", "wrong-extension.pdf", null),
                same("a web page fragment named .txt", "fragment.txt", null));
    }

    private static Arguments same(String kind, String name, UnaryOperator<String> change) {
        return Arguments.of(kind, name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameContent")
    void givesTheGraphOfTheCleanFile(String kind, String name, UnaryOperator<String> change) throws Exception {
        String text = Files.readString(Seeds.path(Seeds.GANZHOU));
        Path file = tmp.resolve(name);
        switch (name) {
            case "wrong-extension.txt" -> Files.write(file, Forms.pdf(text));
            case "wrong-extension.pdf" -> Files.write(file, Forms.docx(text));
            case "fragment.txt" -> Files.writeString(file, "<div id=\"zoom\">" + text.lines()
                    .map(l -> "<p>" + l + "</p>").reduce("", String::concat) + "</div>");
            default -> Files.writeString(file, change.apply(text));
        }

        DocumentGraph graph = pipeline.build(file).graph();

        pipeline.validate(file, graph);
        assertThat(GraphFingerprint.of(graph.model()))
                .containsExactlyElementsOf(GraphFingerprint.of(pipeline.build(Seeds.path(Seeds.GANZHOU)).graph().model()));
    }

    static Stream<Arguments> oddContent() {
        return Stream.of(
                Arguments.of("an impossible date (2018年13月5日)", "\n2018年13月5日\n"),
                Arguments.of("an impossible day (2018年2月30日)", "\n二〇一八年二月三十日\n"),
                Arguments.of("numbers like 1.2.3% and 12..5万元", "\n完成率达到1.2.3%，投资12..5万元，增长-%。\n"),
                Arguments.of("malformed document numbers", "\n根据赣市府发〔2018〕号、赣市府办字[２０１８]第号和〔〕12号文件精神。\n"),
                Arguments.of("a 20,000-character paragraph", "\n" + "推进生态文明建设，".repeat(2_000) + "\n"),
                Arguments.of("a byte-order mark inside the text", "\n\uFEFF一、补充说明\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddContent")
    void isReadAsADocumentWithAValidGraph(String kind, String added) throws Exception {
        String text = Files.readString(Seeds.path(Seeds.GANZHOU)) + added;
        Path file = Files.writeString(tmp.resolve("odd.txt"), text);

        DocumentGraph graph = pipeline.build(file).graph();

        pipeline.validate(file, graph);
        assertThat(graph.model().listObjectsOfProperty(graph.model().createResource(graph.documentIri()), Eli.title).toList())
                .hasSize(1);
    }

    @Test
    void aPageCopyWithoutTitleNumberOrDateIsStoredWithAWarningNamingWhatWasMissing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("copies"));
        Files.writeString(dir.resolve("excerpt.txt"), "一、加强水资源保护\n"
                + "1.严格水资源刚性约束。加强用水总量和用水效率控制。(牵头单位:县水利局,责任单位:县发改委)\n");
        Files.writeString(dir.resolve("prose.txt"), "今天天气很好，我们去公园散步。\n公园里有很多人，大家都很开心。\n");
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            IngestSummary summary = s.ingest(dir);

            assertThat(summary.stored()).as(s.errors()).isEqualTo(2);
            assertThat(s.errors()).contains("warning: ", "excerpt.txt: no title line", "titled \"加强水资源保护\" from its first heading",
                    "prose.txt: no title line", "titled \"prose\" from its file name", "no 发文字号", "no date");
            var titles = s.store.read(ds -> ds.getUnionModel().listObjectsOfProperty(Eli.title)
                    .mapWith(n -> n.asLiteral().getLexicalForm()).toList());
            assertThat(titles).contains("加强水资源保护", "prose");
        }
    }

    @Test
    void aPathWithSpacesAndChineseIsStoredUnderItsFileName() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("政策 文件 2017"));
        Path file = Files.copy(Seeds.path(Seeds.GANZHOU), dir.resolve("赣州市 生态文明 要点 (2017).txt"));
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            IngestSummary summary = s.ingest(dir);

            assertThat(summary.stored()).as(s.errors()).isEqualTo(1);
            var sources = s.store.read(ds -> ds.getUnionModel().listObjectsOfProperty(DCTerms.source)
                    .mapWith(RDFNode::toString).toList());
            assertThat(sources).contains("赣州市 生态文明 要点 (2017).txt");
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isNotEmpty();
    }
}
