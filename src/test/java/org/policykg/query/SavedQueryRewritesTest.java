package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.bench.CorpusGenerator;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * The saved queries rewritten for speed (issue 8: sub-selects that count before labels are looked up,
 * attributes of regulations and bodies looked up once, a parameter turned into an index lookup) give
 * the same answer, row for row and in the same order, as their plain formulations kept under
 * {@code reference/}, on the seeds and on a synthetic corpus where regulations and bodies are shared
 * by many documents and cities, with and without their parameters.
 */
class SavedQueryRewritesTest {
    private static final SavedQueries SAVED = new SavedQueries(Path.of("queries"));
    private static final String CITY = "https://w3id.org/policykg/vocab/place/";

    @TempDir
    static Path dir;
    static TempStore store;

    @BeforeAll
    static void ingest() throws IOException {
        Path synthetic = dir.resolve("synthetic");
        new CorpusGenerator(42).write(synthetic, 40);
        store = new TempStore(dir.resolve("store"));
        try (Stream<Path> seeds = Files.list(Seeds.DIR)) {
            store.ingest(Stream.concat(seeds.filter(p -> p.toString().endsWith(".txt")), Stream.of(synthetic)).toArray(Path[]::new));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                form("citation-chains"), form("citation-chains", "source", Seeds.NANTONG_2018),
                form("citation-chains", "source", "g000003_lead.txt"), form("citation-chains", "follow", "basis"),
                form("citation-chains", "source", Seeds.NANTONG_2018, "follow", "basis"),
                form("cited-by"), form("cited-by", "number", "国海发〔2017〕2号"), form("cited-by", "number", "国发〔2015〕17号"),
                form("cited-by", "number", "无此文号"),
                form("cited-by", "regulation", "https://w3id.org/policykg/regulation/国发-2015-17"),
                form("cited-by", "regulation", "https://w3id.org/policykg/regulation/国发-2015-17", "number", "国海发〔2017〕2号"),
                form("department-workload"), form("department-workload", "city", CITY + "南通市"),
                form("indicator-across-cities"),
                form("indicator-across-cities", "concept", "https://w3id.org/policykg/vocab/indicator/pm25-concentration"),
                form("lead-bodies"), form("policy-basis-by-level"), form("shared-indicators"), form("shared-regulations"),
                form("targets-by-theme"), form("targets-by-theme", "theme", "https://w3id.org/policykg/vocab/theme/air"),
                form("timeline"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forms")
    void theRewrittenQueryAnswersAsItsPlainFormulation(String name, Map<String, String> params) {
        SavedQuery rewritten = SAVED.find(name).orElseThrow();
        SavedQuery plain = SavedQueries.parse(name, reference(name));

        String expected = tsv(plain, params);
        String actual = tsv(rewritten, params);

        assertThat(rewritten.parameters()).isEqualTo(plain.parameters());
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forms")
    void theComparisonIsNotVacuous(String name, Map<String, String> params) {
        // the corpus must give the whole-corpus forms rows to compare (narrowed forms may rightly have none)
        if (params.isEmpty()) {
            assertThat(tsv(SAVED.find(name).orElseThrow(), params).lines().count()).as(name).isGreaterThan(1);
        }
    }

    private static Arguments form(String name, String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return Arguments.of(name, params);
    }

    private static String tsv(SavedQuery query, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store.read(ds -> {
            new QueryRunner().run(ds, query, params, ResultFormat.TSV, out);
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String reference(String name) {
        try (InputStream in = SavedQueryRewritesTest.class.getResourceAsStream("reference/" + name + ".rq")) {
            assertThat(in).as("reference/" + name + ".rq").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
