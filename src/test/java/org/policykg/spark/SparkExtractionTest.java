package org.policykg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedDocuments;
import org.policykg.ingest.IngestSummary;
import org.policykg.rdf.Iris;
import org.policykg.support.TempStore;

/**
 * The Spark job in local[2] on the shipped corpus (plus a bad file and a byte copy) against a real
 * ingest of the same folder into TDB2: the same quads, each graph whole in one part, the same bytes on a
 * second run, and the bad file in the report with its reason rather than failing the job.
 */
class SparkExtractionTest {
    private static JavaSparkContext spark;
    @TempDir
    static Path tmp;
    private static Path inputs;
    private static SparkExtraction.Result first;
    private static Path firstOut;
    private static String copiedSeed;

    @BeforeAll
    static void runOnce() throws IOException {
        inputs = tmp.resolve("in");
        Files.createDirectories(inputs);
        try (Stream<Path> seeds = Files.list(SeedDocuments.DIR)) {
            for (Path seed : seeds.sorted().toList()) {
                Files.copy(seed, inputs.resolve(seed.getFileName()));
            }
        }
        try (Stream<Path> copied = Files.list(inputs)) {
            copiedSeed = copied.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Files.copy(inputs.resolve(copiedSeed), inputs.resolve("005_copy_of_000.txt"));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        Files.write(inputs.resolve("006_bad.txt"), binary);

        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkExtractionTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.rdd.compress", "true"));
        Quiet.logs(spark);
        firstOut = tmp.resolve("out1");
        first = new SparkExtraction(spark, Iris.DEFAULT_BASE).run(List.of(inputs.toString()), firstOut.toString(), 2);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void theQuadsAreThoseIngestStores() {
        try (TempStore ingested = new TempStore(tmp.resolve("store"))) {
            IngestSummary summary = ingested.ingest(inputs);
            assertThat(summary.stored()).isEqualTo(first.stored()).isEqualTo(5);
            Set<String> stored = ingested.store.read(ds -> lines(ds.asDatasetGraph().find()));

            Set<String> parts = new HashSet<>();
            partFiles(firstOut).forEach(p -> parts.addAll(read(p)));
            parts.addAll(read(firstOut.resolve(SparkExtraction.VOCABULARY)));

            assertThat(difference(parts, stored)).as("in the parts, not in the store").isEmpty();
            assertThat(difference(stored, parts)).as("in the store, not in the parts").isEmpty();
            assertThat(parts).hasSize(stored.size()).hasSizeGreaterThan(20_000);
            // blank nodes (the vocabularies' rewriting pairs) have labels of their own in each: same graph up to them
            assertThat(asGraph(blankLines(parts)).isIsomorphicWith(asGraph(blankLines(stored)))).isTrue();
        }
    }

    @Test
    void eachGraphIsWholeInOnePart() {
        Map<String, String> partOfGraph = new HashMap<>();
        List<Path> parts = partFiles(firstOut);
        assertThat(parts).hasSize(2);
        for (Path part : parts) {
            for (String line : read(part)) {
                String graph = line.substring(line.lastIndexOf('<'), line.lastIndexOf('>') + 1);
                String before = partOfGraph.putIfAbsent(graph, part.getFileName().toString());
                assertThat(before).as(graph).isIn(null, part.getFileName().toString());
            }
        }
        assertThat(partOfGraph).hasSize(5);
        assertThat(new HashSet<>(partOfGraph.values())).as("both parts used").hasSize(2);
    }

    @Test
    void aSecondRunWritesTheSameBytes() throws IOException {
        Path again = tmp.resolve("out2");
        new SparkExtraction(spark, Iris.DEFAULT_BASE).run(List.of(inputs.toString()), again.toString(), 2);
        List<String> names = names(firstOut);
        assertThat(names(again)).isEqualTo(names).contains("part-00000.nq", "part-00001.nq", "report.tsv", "vocabulary.nq");
        for (String name : names) {
            assertThat(Files.readString(again.resolve(name))).as(name).isEqualTo(Files.readString(firstOut.resolve(name)));
            assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(firstOut.resolve(name)));
        }
    }

    @Test
    void aBadFileIsReportedWithItsReasonAndACopySkipped() throws IOException {
        List<String> report = Files.readAllLines(firstOut.resolve(SparkExtraction.REPORT));
        assertThat(report.get(0)).isEqualTo("file\toutcome\tmessage");
        assertThat(report).anySatisfy(line -> assertThat(line).contains("006_bad.txt\trefused\t").contains("006_bad.txt: "));
        assertThat(report).anySatisfy(line -> assertThat(line).contains("005_copy_of_000.txt\tskipped\t").contains("same bytes as " + copiedSeed));
        assertThat(first.refused()).isEqualTo(1);
        assertThat(first.files()).isEqualTo(7);
    }

    /**
     * A regulation cited by title alone in one document and by title and number in another is one node
     * in ingest's store (the merge templates); the parts must have it renamed the same way.
     */
    @Test
    void aRegulationMergedAcrossDocumentsIsRenamedAsInTheStore() throws IOException {
        Path pair = tmp.resolve("pair");
        Files.createDirectories(pair);
        Files.writeString(pair.resolve("a_title_only.txt"), """
                南通市环境保护局关于印发南通市水污染防治工作方案的通知
                通环发〔2019〕5号
                根据《南通市生态文明建设规划(2016-2020年)》，结合我市实际，制定本方案。
                一、主要任务
                （一）加强水污染防治。市环保局牵头，市水利局配合。
                南通市环境保护局
                2019年3月1日
                """);
        Files.writeString(pair.resolve("b_numbered.txt"), """
                南通市人民政府关于印发南通市大气污染防治实施方案的通知
                通政发〔2018〕20号
                依据《南通市生态文明建设规划(2016-2020年)》(通政发〔2016〕12号)，制定本方案。
                一、主要任务
                （一）加强大气污染防治。市环保局牵头，市交通局配合。
                南通市人民政府
                2018年6月1日
                """);
        SparkExtraction.Result result = new SparkExtraction(spark, Iris.DEFAULT_BASE)
                .run(List.of(pair.toString()), tmp.resolve("pair-out").toString(), 2);
        assertThat(result.merged()).as(result.line()).isPositive();
        try (TempStore ingested = new TempStore(tmp.resolve("pair-store"))) {
            ingested.ingest(pair);
            Set<String> stored = ingested.store.read(ds -> lines(ds.asDatasetGraph().find()));
            Set<String> parts = new HashSet<>();
            partFiles(tmp.resolve("pair-out")).forEach(p -> parts.addAll(read(p)));
            parts.addAll(read(tmp.resolve("pair-out").resolve(SparkExtraction.VOCABULARY)));
            assertThat(difference(parts, stored)).as("in the parts, not in the store").isEmpty();
            assertThat(difference(stored, parts)).as("in the store, not in the parts").isEmpty();
        }
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !x.contains("_:") && !b.contains(x)).sorted().limit(10).toList();
    }

    private static List<String> blankLines(Set<String> lines) {
        List<String> blank = lines.stream().filter(x -> x.contains("_:")).toList();
        assertThat(blank).isNotEmpty();
        return blank;
    }

    private static org.apache.jena.graph.Graph asGraph(List<String> nquads) {
        org.apache.jena.graph.Graph g = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(String.join("\n", nquads), org.apache.jena.riot.Lang.NQUADS).toDatasetGraph()
                .stream().forEach(q -> g.add(q.asTriple()));
        return g;
    }

    private static List<Path> partFiles(Path out) {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> lines(java.util.Iterator<org.apache.jena.sparql.core.Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads);
        return new HashSet<>(new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n"))));
    }
}
