package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Iris;
import org.policykg.ingest.IngestSummary;
import org.policykg.ingest.Ingester;
import org.policykg.ingest.Progress;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultFormat;
import org.policykg.query.SavedQueries;
import org.policykg.support.ExternalFuseki;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * PolicyKG over an external SPARQL 1.1 store: a plain Fuseki server in a separate process. Ingesting
 * the seeds there and in TDB2 gives the same named graphs and the same rows of the saved queries.
 */
class RemoteStoreTest {
    /** Nantong (Traditional, cites 国海发〔2017〕2号 by number) and Weihai (by title only): merged across graphs. */
    private static final Path[] SEEDS = {Seeds.path(Seeds.NANTONG_2018), Seeds.path(Seeds.WEIHAI_ETDZ), Seeds.path(Seeds.GANZHOU)};
    private static ExternalFuseki fuseki;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = ExternalFuseki.start(null, "512m");
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    /** Each test starts from an empty remote store (the Fuseki process is shared). */
    @org.junit.jupiter.api.BeforeEach
    void emptyTheRemoteStore() {
        org.apache.jena.sparql.exec.http.UpdateExecHTTP.service(fuseki.datasetUrl() + "/update").update("DROP ALL").execute();
    }

    @Test
    void theSeedsIngestedIntoAnExternalFusekiGiveTheSameStoreAndRowsAsTdb2() throws Exception {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (TempStore local = new TempStore(tmp.resolve("tdb2")); RemoteStore remote = RemoteStore.connect(fuseki.datasetUrl())) {
            long t0 = System.nanoTime();
            IngestSummary tdb2 = local.ingest(SEEDS);
            long t1 = System.nanoTime();
            IngestSummary http = new Ingester(iris, null, new PrintStream(errors, true, StandardCharsets.UTF_8), new Progress(System.err, false), 2)
                    .ingest(List.of(SEEDS), remote);
            long t2 = System.nanoTime();
            System.out.printf("remote store test: TDB2 ingest %.1f s, HTTP ingest %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            // again: replacing a document over HTTP is idempotent too
            new Ingester(iris, null, new PrintStream(errors, true, StandardCharsets.UTF_8), new Progress(System.err, false), 1)
                    .ingest(List.of(SEEDS[0]), remote);

            assertThat(http.ok()).as(errors.toString(StandardCharsets.UTF_8)).isTrue();
            assertThat(http.stored()).isEqualTo(tdb2.stored()).isEqualTo(SEEDS.length);
            assertThat(remote.quadCount()).isEqualTo(local.store.quadCount());
            assertThat(TempStore.sameContent(local.snapshot(), copy(remote))).as("every named graph isomorphic").isTrue();
            for (String name : List.of("citations", "task-departments", "shared-regulations")) {
                var query = new SavedQueries(Path.of("queries")).find(name).orElseThrow();
                assertThat(rows(remote, query)).as(name).isEqualTo(rows(local.store, query)).isNotEmpty();
            }
        }
    }

    /**
     * One regulation across documents however its period is written, by the same rule in both stores:
     * 《纲要（2014-2030年）》 with its number in one plan, 《纲要(2014-2030)》 and 《纲要（2014—2030年）》 by title in others.
     */
    @Test
    void bothStoresMergeARegulationWhosePeriodIsWrittenThreeWaysIntoOneNode() throws Exception {
        Path docs = java.nio.file.Files.createDirectories(tmp.resolve("docs"));
        String title = "湖北生态省建设规划纲要";
        write(docs, "a.txt", "甲市生态文明建设实施方案\n一、总体要求\n根据《" + title + "（2014-2030年）》(鄂政发〔2014〕60号),制定本方案。\n");
        write(docs, "b.txt", "乙市生态文明建设实施方案\n一、总体要求\n贯彻落实《" + title + "(2014-2030)》,推进生态省建设。\n");
        write(docs, "c.txt", "丙县生态文明建设实施方案\n一、总体要求\n对照《" + title + "（2014—2030年）》,开展生态县创建。\n");
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        String merged = iris.regulationByNumber("鄂政发〔2014〕60号");
        String query = "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc <http://data.europa.eu/eli/ontology#cites> <" + merged + "> }";
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try (TempStore local = new TempStore(tmp.resolve("tdb2-merge")); RemoteStore remote = RemoteStore.connect(fuseki.datasetUrl())) {
            // b and c before a: the title-only nodes come first and are taken over by the numbered one
            for (String name : List.of("b.txt", "c.txt", "a.txt")) {
                local.ingest(docs.resolve(name));
                new Ingester(iris, null, new PrintStream(errors, true, StandardCharsets.UTF_8), new Progress(System.err, false), 1)
                        .ingest(List.of(docs.resolve(name)), remote);
            }
            assertThat(citingDocuments(local.store, query)).isEqualTo(3);
            assertThat(citingDocuments(remote, query)).isEqualTo(3);
            assertThat(TempStore.sameContent(local.snapshot(), copy(remote))).as("every named graph isomorphic").isTrue();
        }
    }

    private static void write(Path dir, String name, String text) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve(name), text);
    }

    private static long citingDocuments(GraphStore store, String query) {
        return store.query(org.apache.jena.query.QueryFactory.create(query), Map.of(),
                exec -> exec.execSelect().next().getLiteral("n").getLong());
    }

    private static Dataset copy(RemoteStore remote) {
        return remote.read(ds -> {
            Dataset copy = DatasetFactory.create();
            ds.listNames().forEachRemaining(n -> copy.addNamedModel(n, ModelFactory.createDefaultModel().add(ds.getNamedModel(n))));
            return copy;
        });
    }

    private static List<String> rows(GraphStore store, org.policykg.query.SavedQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner().run(store, query, Map.of(), ResultFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).sorted().toList();
    }
}
