package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;
import org.policykg.support.Forms;
import org.policykg.support.GraphFingerprint;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * The same document as plain text in any encoding, as a web page with site chrome, as DOCX, DOC
 * and PDF gives the same graph: same metadata, outline, tasks, tables, citations; only the file's
 * name and checksum and character offsets differ.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameDocumentInEveryFormTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Gan'zhou (Simplified, no 发文字号) and Nantong 2018 (Traditional, numbered), each in its legacy encoding. */
    private static final Map<String, Charset> SEEDS = Map.of(Seeds.GANZHOU, GB18030, Seeds.NANTONG_2018, BIG5);

    @TempDir
    Path tmp;
    private final DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));

    Stream<Arguments> forms() {
        return SEEDS.entrySet().stream().flatMap(seed -> Stream.of(
                form(seed.getKey(), "UTF-8 with BOM", ".txt", t -> Forms.encoded(t, StandardCharsets.UTF_8, true)),
                form(seed.getKey(), "UTF-16 LE with BOM", ".txt", t -> Forms.encoded(t, StandardCharsets.UTF_16LE, true)),
                form(seed.getKey(), "UTF-16 BE with BOM", ".txt", t -> Forms.encoded(t, StandardCharsets.UTF_16BE, true)),
                form(seed.getKey(), seed.getValue().name(), ".txt", t -> Forms.encoded(t, seed.getValue(), false)),
                form(seed.getKey(), "web page in UTF-8", ".html", t -> Forms.webPage(t, StandardCharsets.UTF_8)),
                form(seed.getKey(), "web page in " + seed.getValue().name(), ".htm", t -> Forms.webPage(t, seed.getValue())),
                form(seed.getKey(), "DOCX", ".docx", Forms::docx),
                form(seed.getKey(), "DOC", ".doc", Forms::doc),
                form(seed.getKey(), "PDF", ".pdf", Forms::pdf)));
    }

    private static Arguments form(String seed, String name, String extension, Function<String, byte[]> convert) {
        return Arguments.of(seed, name, extension, convert);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("forms")
    void givesTheSameGraphAsThePlainText(String seed, String form, String extension, Function<String, byte[]> convert)
            throws Exception {
        Path file = Files.write(tmp.resolve(seed.replace(".txt", extension)), convert.apply(original(seed)));

        DocumentGraph graph = pipeline.build(file).graph();

        DocumentGraph reference = pipeline.build(Seeds.path(seed)).graph();
        assertThat(GraphFingerprint.of(reference.model())).as("a whole document").hasSizeGreaterThan(200);
        assertThat(graph.documentIri()).isEqualTo(reference.documentIri());
        assertThat(GraphFingerprint.of(graph.model())).containsExactlyElementsOf(GraphFingerprint.of(reference.model()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyFormOfADocumentIsStoredAsOneDocument(String seed) throws Exception {
        String text = original(seed);
        List<Path> files = List.of(
                Files.write(tmp.resolve("a-" + seed), Forms.encoded(text, SEEDS.get(seed), false)),
                Files.write(tmp.resolve("b-" + seed + ".docx"), Forms.docx(text)),
                Files.write(tmp.resolve("c-" + seed + ".pdf"), Forms.pdf(text)),
                Files.write(tmp.resolve("d-" + seed + ".html"), Forms.webPage(text, StandardCharsets.UTF_8)));
        try (TempStore s = new TempStore(tmp.resolve("store-" + seed))) {
            IngestSummary summary = s.ingest(files.toArray(Path[]::new));

            assertThat(summary.ok()).as(s.errors()).isTrue();
            long documentGraphs = s.store.read(ds -> org.apache.jena.atlas.iterator.Iter.asStream(ds.listModelNames())
                    .filter(r -> r.getURI().contains("/graph/document/")).count());
            assertThat(documentGraphs).isEqualTo(1);
        }
    }

    /** One seed is enough here: storing is the same for every document. */
    Stream<String> seeds() {
        return Stream.of(Seeds.GANZHOU);
    }

    private static String original(String seed) throws Exception {
        return Files.readString(Seeds.path(seed));
    }
}
