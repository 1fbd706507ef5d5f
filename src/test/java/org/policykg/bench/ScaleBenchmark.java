package org.policykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.ingest.IngestSummary;
import org.policykg.ingest.Ingester;
import org.policykg.ingest.Progress;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.store.KnowledgeStore;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * The scale benchmark for one corpus size, every comparison measured side by side in one run:
 * <ol>
 * <li>raw HanLP standard segmentation of the corpus text vs the whole ingest, on 1 and on 2 threads,
 *     and vs extraction alone (read … SHACL on 2 threads, no store): where the ingest's time goes;</li>
 * <li>sequential ({@code --threads 1}) vs parallel ingest into TDB2;</li>
 * <li>disk after the ingest and after compacting it, and how long compacting takes;</li>
 * <li>store load: the stored documents written again through PolicyKG's store (write transactions of
 *     1, 2, 4, … up to {@value #MAX_UNIT} documents as in the ingest, with regulation merging) vs Jena's TDB2
 *     bulk loader (phased, as {@code tdb2.tdbloader}) of the same quads;</li>
 * <li>saved-query latency p50/p99 over {@code queries/*.rq} on the compacted parallel-ingested store;</li>
 * <li>heap to serve: the smallest -Xmx at which {@link QueryMix} runs every saved query, and the heap
 *     used after GC at 1 GB.</li>
 * </ol>
 * Results go to {@code WORK/size-N.properties}; {@link ScaleReport} makes the tables and the plot.
 *
 * <p>Usage: {@code ScaleBenchmark WORK_DIR N [--skip-sequential] [--skip-load]}; the corpus is the first N
 * documents of {@code WORK_DIR/corpus} (generated with seed 42 when missing). {@code --skip-sequential}
 * leaves out the one-thread ingest and extraction alone, {@code --skip-load} the store-load comparison:
 * what keeps the 10,000-document run within the better part of an hour on two shared cores.
 */
public final class ScaleBenchmark {
    /** The ingest's largest write unit, which the store-load replay follows. */
    static final int MAX_UNIT = 4096;
    /** A whole-corpus query slower than this once is not run again: one run is its figure. */
    private static final double QUERY_REPEAT_LIMIT_MS = 30_000;
    private static final String[] HEAPS = {"48m", "64m", "96m", "128m", "192m", "256m", "384m", "512m", "768m", "1g", "1536m", "2g", "3g", "4g"};

    private final Path work;
    private final int size;
    private final Properties results = new Properties();
    /** The heap ladder: sizes tried at most (each runs every whole-corpus query), and where to start. */
    private int heapAttempts;
    private long heapFrom;

    private ScaleBenchmark(Path work, int size) {
        this.work = work;
        this.size = size;
        this.heapAttempts = size >= 10000 ? 1 : Integer.MAX_VALUE;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        boolean skipSequential = Arrays.asList(args).contains("--skip-sequential");
        boolean skipLoad = Arrays.asList(args).contains("--skip-load");
        ScaleBenchmark bench = new ScaleBenchmark(work, size);
        int heapOnly = Arrays.asList(args).indexOf("--heap-only");
        if (Arrays.asList(args).contains("--queries-only")) {
            bench.queriesOnly();
        } else if (heapOnly >= 0) {
            bench.heapOnly(args[heapOnly + 1]);
        } else {
            bench.run(!skipSequential, !skipLoad);
        }
    }

    private void run(boolean sequential, boolean load) throws Exception {
        List<Path> files = corpus();
        put("documents", size);
        put("corpus.bytes", files.stream().mapToLong(ScaleBenchmark::bytes).sum());
        put("cores", Runtime.getRuntime().availableProcessors());
        log("corpus: %d documents, %.1f MB", size, Double.parseDouble(results.getProperty("corpus.bytes")) / 1e6);

        warmUp(files);
        Path storeSeq = fresh("store-seq-" + size);
        Path storePar = fresh("store-par-" + size);
        // side by side: segmentation and ingest on 1 thread, then on 2
        put("hanlp.1.seconds", segment(files, 1));
        if (sequential) {
            put("ingest.1.seconds", ingest(files, storeSeq, 1));
        }
        put("hanlp.2.seconds", segment(files, 2));
        if (sequential) {
            put("extract.2.seconds", extract(files, 2));
        }
        put("ingest.2.seconds", ingest(files, storePar, 2));
        deleteTree(storeSeq);
        put("store.tdb2.bytes", diskUsage(storePar));
        put("compact.seconds", compact(storePar));
        put("store.compacted.bytes", diskUsage(storePar));

        // serving first (what the 10,000 run must not miss), then the load comparison
        queries(storePar);
        heap(storePar);
        if (load) {
            loadComparison(storePar);
        }
        try (OutputStream out = Files.newOutputStream(work.resolve("size-" + size + ".properties"))) {
            results.store(out, "ScaleBenchmark " + size + " documents, load average " + loadAverage());
        }
        log("done: %s", work.resolve("size-" + size + ".properties"));
    }

    /** The stored quads exported, then written again through PolicyKG's store and by the TDB2 bulk loader. */
    private void loadComparison(Path storePar) throws Exception {
        Path nquads = work.resolve("export-" + size + ".nq");
        long quads = export(storePar, nquads);
        put("quads", quads);
        put("load.policykg.seconds", replay(nquads, fresh("store-replay-" + size)));
        put("load.bulk.seconds", bulkLoad(nquads, fresh("store-bulk-" + size)));
        put("store.bulk.bytes", diskUsage(work.resolve("store-bulk-" + size)));
        deleteTree(work.resolve("store-replay-" + size));
        deleteTree(work.resolve("store-bulk-" + size));
        Files.deleteIfExists(nquads);
    }

    /** Read → … → SHACL of every file on {@code threads} workers, nothing stored: the ingest without its writer. */
    private double extract(List<Path> files, int threads) throws Exception {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        ThreadLocal<DocumentPipeline> pipelines = ThreadLocal.withInitial(() -> new DocumentPipeline(iris));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Long>> quads = new ArrayList<>();
        for (Path f : files) {
            quads.add(pool.submit(() -> {
                DocumentGraph g = pipelines.get().build(f).graph();
                pipelines.get().validate(f, g);
                return g.model().size();
            }));
        }
        long n = 0;
        for (Future<Long> q : quads) {
            n += q.get();
        }
        pool.shutdown();
        double s = (System.nanoTime() - start) / 1e9;
        log("extraction alone (read … SHACL, no store), %d threads: %.1f s, %.1f docs/s, %d quads", threads, s, size / s, n);
        return s;
    }

    private double compact(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            long start = System.nanoTime();
            s.compact();
            double seconds = (System.nanoTime() - start) / 1e9;
            log("compaction: %.1f s", seconds);
            return seconds;
        }
    }

    /** Re-measures query latency and heap on the kept store of an earlier run and updates its results. */
    private void queriesOnly() throws Exception {
        Path file = work.resolve("size-" + size + ".properties");
        try (InputStream in = Files.newInputStream(file)) {
            results.load(in);
        }
        queries(work.resolve("store-par-" + size));
        heap(work.resolve("store-par-" + size));
        try (OutputStream out = Files.newOutputStream(file)) {
            results.store(out, "ScaleBenchmark " + size + " documents (queries re-measured), load average " + loadAverage());
        }
    }

    /**
     * Continues the heap ladder of an earlier run from {@code from} (the sizes below it failed there),
     * trying up to three sizes: what the 10,000 run leaves for later to stay within its time.
     */
    private void heapOnly(String from) throws Exception {
        Path file = work.resolve("size-" + size + ".properties");
        try (InputStream in = Files.newInputStream(file)) {
            results.load(in);
        }
        heapFrom = megabytes(from);
        heapAttempts = 3;
        heap(work.resolve("store-par-" + size));
    }

    private List<Path> corpus() throws IOException {
        Path dir = work.resolve("corpus");
        long have = Files.isDirectory(dir) ? Files.list(dir).count() : 0;
        if (have < size) {
            log("generating %d documents (seed 42) into %s", size, dir);
            new CorpusGenerator(42).write(dir, size);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().limit(size).toList();
        }
    }

    /** Loads HanLP's dictionaries and JIT-compiles the pipeline on a few files outside any measurement. */
    private void warmUp(List<Path> files) throws IOException {
        Path store = fresh("store-warmup");
        List<Path> some = files.subList(0, Math.min(25, files.size()));
        for (Path f : some) {
            StandardTokenizer.segment(Files.readString(f));
        }
        ingest(some, store, 2);
        deleteTree(store);
    }

    private double segment(List<Path> files, int threads) throws Exception {
        double s = HanlpSegmentation.seconds(files, threads);
        log("HanLP standard segmentation, %d threads: %.1f s, %.1f docs/s", threads, s, size / s);
        return s;
    }

    private double ingest(List<Path> files, Path store, int threads) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            PrintStream errors = new PrintStream(OutputStream.nullOutputStream());
            long start = System.nanoTime();
            IngestSummary summary = new Ingester(new Iris(Iris.DEFAULT_BASE), null, errors, everyThousand(store), threads)
                    .ingest(files, s);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (files.size() == size) {
                log("ingest, %d threads: %.1f s, %.1f docs/s; %s", threads, seconds, size / seconds, summary.line());
                put("stored", summary.stored());
                put("quads", summary.triples());
                put("citations", summary.citations());
            }
            return seconds;
        }
    }

    /** Progress on stdout every thousand documents, with the disk the store takes: a long ingest shows where it is. */
    private Progress everyThousand(Path store) {
        OutputStream filter = new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                if (line.toString().matches("\\d*000/\\d+.*")) {
                    log("ingested %s, store %d MB", line.toString().split(" ")[0], diskUsage(store) / 1_000_000);
                }
                line.setLength(0);
            }
        };
        return Progress.lines(new PrintStream(filter, true, StandardCharsets.UTF_8));
    }

    private long export(Path store, Path file) throws IOException {
        try (KnowledgeStore s = KnowledgeStore.open(store); OutputStream out = Files.newOutputStream(file)) {
            return s.read(ds -> {
                long[] n = {0};
                var writer = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                writer.start();
                var dsg = ds.asDatasetGraph();
                dsg.listGraphNodes().forEachRemaining(g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    writer.quad(q);
                    n[0]++;
                }));
                writer.finish();
                return n[0];
            });
        }
    }

    /** The same quads through PolicyKG's store: one document per graph, write units doubling as the ingest's. */
    private double replay(Path nquads, Path store) throws IOException {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            long start = System.nanoTime();
            List<DocumentGraph> batch = new ArrayList<>();
            int[] unit = {1};
            Node[] current = {null};
            Model[] model = {null};
            Runnable flush = () -> {
                s.writeBatch(w -> batch.forEach(w::replaceDocument));
                batch.clear();
                unit[0] = Math.min(MAX_UNIT, 2 * unit[0]);
            };
            Runnable close = () -> {
                if (current[0] == null) {
                    return;
                }
                String graph = current[0].getURI();
                if (graph.endsWith("/graph/vocabulary")) {
                    s.replaceGraph(graph, model[0]);
                } else {
                    var doc = model[0].listSubjectsWithProperty(RDF.type, PolicyOntology.PolicyDocument).next();
                    batch.add(new DocumentGraph(doc.getProperty(DCTerms.source).getString(), doc.getURI(), graph, model[0]));
                    if (batch.size() == unit[0]) {
                        flush.run();
                    }
                }
            };
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!q.getGraph().equals(current[0])) {
                        close.run();
                        current[0] = q.getGraph();
                        model[0] = ModelFactory.createDefaultModel();
                    }
                    model[0].getGraph().add(q.asTriple());
                }
            });
            close.run();
            flush.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            log("store load through PolicyKG (parse, then write units of 1, 2, 4 … documents with merging): %.1f s", seconds);
            return seconds;
        }
    }

    private double bulkLoad(Path nquads, Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        long start = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log("TDB2 phased bulk loader: %.1f s (%d quads)", seconds, loader.countQuads());
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        return seconds;
    }

    private void queries(Path store) {
        int rounds = size <= 100 ? 30 : size <= 1000 ? 10 : 2;
        int warmUps = size >= 10000 ? 0 : 2;
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            List<SavedQuery> all = new SavedQueries(Path.of("queries")).all();
            List<String> names = new ArrayList<>();
            for (SavedQuery q : all) {
                List<Double> ms = new ArrayList<>();
                long rows = 0;
                for (int r = 0; r < rounds + warmUps; r++) {
                    long start = System.nanoTime();
                    rows = s.query(q.parse(), Map.of(), exec -> (long) ResultSetFormatter.consume(exec.execSelect()));
                    double took = (System.nanoTime() - start) / 1e6;
                    if (r >= warmUps) {
                        ms.add(took);
                    }
                    if (took > QUERY_REPEAT_LIMIT_MS) {
                        if (ms.isEmpty()) {
                            ms.add(took);
                        }
                        break;
                    }
                }
                put("query." + q.name() + ".runs", ms.size());
                ms.sort(null);
                double p50 = ms.get((ms.size() - 1) / 2);
                double p99 = ms.get((int) Math.ceil(0.99 * ms.size()) - 1);
                put("query." + q.name() + ".p50", p50);
                put("query." + q.name() + ".p99", p99);
                put("query." + q.name() + ".rows", rows);
                names.add(q.name());
                log("query %-26s p50 %8.1f ms  p99 %8.1f ms  %d rows", q.name(), p50, p99, rows);
            }
            // the interactive form: one document, one city, one regulation, one indicator concept
            Map<String, String> one = Map.of("source", "g000003_lead.txt", "city", firstCity(s), "number", "国发〔2015〕17号",
                    "concept", "https://w3id.org/policykg/vocab/indicator/pm25-concentration",
                    "theme", "https://w3id.org/policykg/vocab/theme/air");
            List<String> selective = new ArrayList<>();
            for (SavedQuery q : all) {
                Map<String, String> values = new LinkedHashMap<>();
                q.parameters().stream().filter(p -> one.containsKey(p.name())).findFirst().ifPresent(p -> values.put(p.name(), one.get(p.name())));
                if (values.isEmpty()) {
                    continue;
                }
                Map<String, Node> bindings = q.bind(values);
                List<Double> ms = new ArrayList<>();
                long rows = 0;
                int selectiveRounds = Math.max(rounds, 10);
                for (int r = 0; r < selectiveRounds + 1; r++) {
                    long start = System.nanoTime();
                    rows = s.query(q.parse(), bindings, exec -> (long) ResultSetFormatter.consume(exec.execSelect()));
                    if (r >= 1) {
                        ms.add((System.nanoTime() - start) / 1e6);
                    }
                }
                ms.sort(null);
                String key = q.name() + "?" + values.keySet().iterator().next();
                put("selective." + key + ".p50", ms.get((ms.size() - 1) / 2));
                put("selective." + key + ".p99", ms.get((int) Math.ceil(0.99 * ms.size()) - 1));
                put("selective." + key + ".rows", rows);
                selective.add(key);
                log("query %-34s p50 %8.1f ms  p99 %8.1f ms  %d rows", key, ms.get((ms.size() - 1) / 2),
                        ms.get((int) Math.ceil(0.99 * ms.size()) - 1), rows);
            }
            results.setProperty("selective.names", String.join(",", selective));
            put("query.rounds", rounds);
            results.setProperty("query.names", String.join(",", names));
        }
    }

    private static long megabytes(String heap) {
        return heap.endsWith("g") ? Long.parseLong(heap.substring(0, heap.length() - 1)) * 1024 : Long.parseLong(heap.substring(0, heap.length() - 1));
    }

    private static String firstCity(KnowledgeStore s) {
        return s.query(org.apache.jena.query.QueryFactory.create(
                "SELECT ?city WHERE { ?d <https://w3id.org/policykg/ontology#city> ?city } ORDER BY ?city LIMIT 1"), Map.of(),
                exec -> {
                    var rs = exec.execSelect();
                    return rs.hasNext() ? rs.next().getResource("city").getURI() : "https://w3id.org/policykg/vocab/place/南通市";
                });
    }

    private void heap(Path store) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        // the child JVMs open the store: this process lets go of it (TDB2 locks a directory per process)
        org.apache.jena.tdb2.sys.TDBInternal.expel(DatabaseMgr.connectDatasetGraph(store.toString()));
        // the unconstrained run sets the pace: a heap at which the mix takes over 3× as long (GC thrashing) does not serve
        long t0 = System.nanoTime();
        String baseline = child(java, cp, "4g", store, 60 * 60);
        long limit = Math.max(60, 3 * (System.nanoTime() - t0) / 1_000_000_000L);
        put("heap.usedAfterGC.at4g", baseline == null ? "-1" : baseline);
        String needed = "over " + HEAPS[HEAPS.length - 1];
        String used = null;
        String failed = null;
        int attempts = 0;
        for (String heap : HEAPS) {
            if (baseline != null && megabytes(heap) * 1024 * 1024 < Long.parseLong(baseline) || megabytes(heap) < heapFrom) {
                continue;
            }
            if (++attempts > heapAttempts) {
                needed = "over " + failed + " (" + heap + " not tried)";
                break;
            }
            failed = heap;
            used = child(java, cp, heap, store, limit);
            if (used != null) {
                needed = heap;
                break;
            }
        }
        put("heap.minXmx", needed);
        put("heap.usedAfterGC", used == null ? "-1" : used);
        log("heap to serve: smallest -Xmx %s; used after GC there %s bytes", needed, used);
    }

    /** The used-after-GC figure when the query mix ran in a JVM of that heap, else null. */
    private static String child(String java, String cp, String heap, Path store, long seconds) throws Exception {
        Path log = Files.createTempFile("querymix", ".log");
        Process p = new ProcessBuilder(java, "-Xmx" + heap, "-XX:+UseParallelGC", "-XX:GCTimeLimit=50", "-XX:GCHeapFreeLimit=10",
                "-cp", cp, QueryMix.class.getName(), store.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log);
        Files.deleteIfExists(log);
        if (!ended || p.exitValue() != 0) {
            return null;
        }
        var m = USED.matcher(out);
        return m.find() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern USED = java.util.regex.Pattern.compile("usedAfterGC=(\\d+)");
    private Path fresh(String name) throws IOException {
        Path dir = work.resolve(name);
        deleteTree(dir);
        Files.createDirectories(dir);
        return dir;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Disk blocks in use (du -sk): TDB2's files are sparse and preallocated, so their sizes say little. */
    private static long diskUsage(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (Exception e) {
            return -1;
        }
    }

    private static long treeBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(ScaleBenchmark::bytes).sum();
        }
    }

    private static long bytes(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Every figure is saved as soon as it is measured, so that a long run stopped midway keeps what it has. */
    private void put(String key, Object value) {
        results.setProperty(key, String.valueOf(value));
        try {
            Files.createDirectories(work);
            try (OutputStream out = Files.newOutputStream(work.resolve("size-" + size + ".properties"))) {
                results.store(out, "ScaleBenchmark " + size + " documents, load average " + loadAverage());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/loadavg"))) {
            return r.readLine().split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private void log(String fmt, Object... args) {
        System.out.printf("[%d docs, load %s] %s%n", size, loadAverage(), String.format(fmt, args));
        System.out.flush();
    }

    static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
