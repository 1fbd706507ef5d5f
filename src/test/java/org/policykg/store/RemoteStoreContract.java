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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Iris;
import org.policykg.ingest.IngestSummary;
import org.policykg.ingest.Ingester;
import org.policykg.ingest.Progress;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultFormat;
import org.policykg.query.SavedQueries;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * PolicyKG over an external SPARQL 1.1 store in a separate process ({@link RemoteStoreTest}: a plain
 * Fuseki; {@link VirtuosoStoreTest}: Virtuoso Open Source). Ingesting the seeds there and in TDB2 gives
 * the same named graphs and the same rows of the saved queries. Only PolicyKG's graphs (under its base
 * IRI) are compared: a store may hold graphs of its own (Virtuoso's system graphs).
 */
abstract class RemoteStoreContract {
    /** Nantong (Traditional, cites 国海发〔2017〕2号 by number) and Weihai (by title only): merged across graphs. */
    private static final Path[] SEEDS = {Seeds.path(Seeds.NANTONG_2018), Seeds.path(Seeds.WEIHAI_ETDZ), Seeds.path(Seeds.GANZHOU)};
    @TempDir
    Path tmp;

    /** A new connection to the store under test. */
    abstract RemoteStore connect();

    /** Each test starts from a store without PolicyKG's graphs (the server process is shared by the class). */
    @org.junit.jupiter.api.BeforeEach
    void emptyTheRemoteStore() {
        try (RemoteStore remote = connect()) {
            List<String> graphs = remote.query(org.apache.jena.query.QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), Map.of(),
                    exec -> org.apache.jena.atlas.iterator.Iter.asStream(exec.execSelect()).map(row -> row.getResource("g").getURI())
                            .filter(g -> g.startsWith(Iris.DEFAULT_BASE)).toList());
            graphs.forEach(g -> org.apache.jena.sparql.exec.http.UpdateExecHTTP.service(updateUrl()).update("DROP SILENT GRAPH <" + g + ">").execute());
        }
    }

    /** The dataset as the store under test can give it back (identity: Fuseki returns every term as written). */
    Dataset comparable(Dataset dataset) {
        return dataset;
    }

    /** A few quads of one dataset missing from the other, for a failure message. */
    static String difference(Dataset a, Dataset b) {
        var only = new java.util.ArrayList<String>();
        a.asDatasetGraph().find().forEachRemaining(q -> {
            if (only.size() < 5 && !b.asDatasetGraph().contains(q)) {
                only.add("only in the first: " + q);
            }
        });
        b.asDatasetGraph().find().forEachRemaining(q -> {
            if (only.size() < 10 && !a.asDatasetGraph().contains(q)) {
                only.add("only in the second: " + q);
            }
        });
        return String.join("\n", only);
    }

    /** Whether the store answers this saved query exactly as TDB2 does (see VirtuosoStoreTest.KNOWN_DIFFERENT). */
    boolean answersAlike(String savedQuery) {
        return true;
    }

    /** The store's SPARQL Update endpoint. */
    abstract String updateUrl();

    @Test
    void theSeedsIngestedIntoTheRemoteStoreGiveTheSameStoreAndRowsAsTdb2() throws Exception {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (TempStore local = new TempStore(tmp.resolve("tdb2")); RemoteStore remote = connect()) {
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
            assertThat(ownGraphs(remote).asDatasetGraph().stream().count()).isEqualTo(local.store.quadCount());
            Dataset inTdb2 = comparable(local.snapshot());
            Dataset there = comparable(ownGraphs(remote));
            assertThat(TempStore.sameContent(inTdb2, there)).as(() -> "every named graph isomorphic: " + difference(inTdb2, there)).isTrue();
            for (String name : List.of("citations", "task-departments", "shared-regulations")) {
                if (!answersAlike(name)) {
                    continue;
                }
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
        try (TempStore local = new TempStore(tmp.resolve("tdb2-merge")); RemoteStore remote = connect()) {
            // b and c before a: the title-only nodes come first and are taken over by the numbered one
            for (String name : List.of("b.txt", "c.txt", "a.txt")) {
                local.ingest(docs.resolve(name));
                new Ingester(iris, null, new PrintStream(errors, true, StandardCharsets.UTF_8), new Progress(System.err, false), 1)
                        .ingest(List.of(docs.resolve(name)), remote);
            }
            assertThat(citingDocuments(local.store, query)).isEqualTo(3);
            assertThat(citingDocuments(remote, query)).isEqualTo(3);
            Dataset inTdb2 = comparable(local.snapshot());
            Dataset there = comparable(ownGraphs(remote));
            assertThat(TempStore.sameContent(inTdb2, there)).as(() -> "every named graph isomorphic: " + difference(inTdb2, there)).isTrue();
        }
    }

    private static void write(Path dir, String name, String text) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve(name), text);
    }

    private static long citingDocuments(GraphStore store, String query) {
        return store.query(org.apache.jena.query.QueryFactory.create(query), Map.of(),
                exec -> exec.execSelect().next().getLiteral("n").getLong());
    }

    /** A copy of PolicyKG's named graphs in the store, without any graph the store keeps for itself. */
    static Dataset ownGraphs(RemoteStore remote) {
        return remote.read(ds -> {
            Dataset copy = DatasetFactory.create();
            ds.listNames().forEachRemaining(n -> {
                if (n.startsWith(Iris.DEFAULT_BASE)) {
                    copy.addNamedModel(n, ModelFactory.createDefaultModel().add(ds.getNamedModel(n)));
                }
            });
            return copy;
        });
    }

    static List<String> rows(GraphStore store, org.policykg.query.SavedQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner().run(store, query, Map.of(), ResultFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).sorted().toList();
    }
}
