package org.policykg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * Extraction per core, side by side in one JVM: HanLP standard segmentation of the corpus text and
 * extraction alone (read → normalize → structure → extract → rdf → SHACL, nothing stored), each on the
 * same worker threads, alternating for a few rounds after a warm-up. For each it prints wall seconds,
 * documents per second, and CPU: the workers' own thread CPU (what a document costs) and the whole
 * process's (JIT and GC included). The machine is shared, so CPU ms per document is the figure to trust.
 *
 * <p>Usage: {@code ExtractBenchmark CORPUS_DIR N [THREADS [ROUNDS]]}: the first N files of CORPUS_DIR
 * (generated with seed 42 when it holds fewer); only the public pipeline API is used, so the same class
 * measures an older build put first on the class path ({@code scripts/bench-extract.sh}). With
 * {@code -Dbench.jfr=FILE} the rounds after the warm-up are recorded for {@code scripts/jfr-stages.py}.
 *
 * <p>With {@code -Dbench.unseen=true} each round reads the next N files, none seen before (the corpus is
 * generated to N × (ROUNDS + 1) files): many rounds then show the cost of a document to a long-lived worker,
 * such as a Spark executor, which the JIT keeps improving for some ten thousand documents, and no memo or
 * cache can have met the measured documents before.
 */
public final class ExtractBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final String RECORDING = "bench.jfr";

    private final List<Path> files;
    private final int threads;

    private ExtractBenchmark(List<Path> files, int threads) {
        this.files = files;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        boolean unseen = Boolean.getBoolean("bench.unseen");
        List<Path> all = corpus(dir, unseen ? size * (rounds + 1) : size);
        new ExtractBenchmark(all.subList(0, size), threads).warmUp();
        Recording recording = startRecording();
        for (int r = 1; r <= rounds; r++) {
            int from = unseen ? r * size : 0;
            ExtractBenchmark bench = new ExtractBenchmark(all.subList(from, from + size), threads);
            bench.print("round " + r + " hanlp", bench.measure(StandardTokenizerTask.INSTANCE));
            bench.print("round " + r + " extract", bench.measure(new ExtractionTask()));
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(System.getProperty(RECORDING)));
        }
    }

    /** With {@code -Dbench.jfr=FILE}, a flight recording (JFR's profile settings) of the measured rounds only. */
    private static Recording startRecording() throws Exception {
        if (System.getProperty(RECORDING) == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    static List<Path> corpus(Path dir, int size) throws Exception {
        long have = Files.isDirectory(dir) ? Files.list(dir).count() : 0;
        if (have < size) {
            new CorpusGenerator(42).write(dir, size);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().limit(size).toList();
        }
    }

    /**
     * Loads HanLP's dictionaries and the shapes and JIT-compiles both tasks outside any measurement: a
     * whole pass over the corpus twice, since extraction after 200 documents still took half as much CPU
     * again as in steady state (the C2 compiler is still at work on the regexes and Jena).
     */
    private void warmUp() throws Exception {
        for (int pass = 0; pass < 2; pass++) {
            measure(StandardTokenizerTask.INSTANCE);
            measure(new ExtractionTask());
        }
    }

    /** One pass over the files; the per-document result is summed so that nothing is optimised away. */
    private Figures measure(Task task) throws Exception {
        AtomicLong workerCpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long processCpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        long sum = 0;
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(pool.submit(() -> {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long n = task.run(f);
                    workerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                    return n;
                }));
            }
            for (Future<Long> n : results) {
                sum += n.get();
            }
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Figures(wall, workerCpu.get() / 1e9, (OS.getProcessCpuTime() - processCpu) / 1e9, sum);
    }

    private void print(String label, Figures f) {
        int n = files.size();
        System.out.printf("%-16s %d docs, %d threads: wall %.2f s, %.1f docs/s; worker CPU %.2f s (%.2f ms/doc, %.1f docs/cpu-s);"
                        + " process CPU %.2f s (%.2f ms/doc); %d items; load %s%n",
                label, n, threads, f.wall, n / f.wall, f.workerCpu, 1000 * f.workerCpu / n, n / f.workerCpu,
                f.processCpu, 1000 * f.processCpu / n, f.items, loadAverage());
        System.out.flush();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private record Figures(double wall, double workerCpu, double processCpu, long items) {
    }

    /** What is measured for one file; returns a count of what it made. */
    private interface Task {
        long run(Path file) throws Exception;
    }

    private enum StandardTokenizerTask implements Task {
        INSTANCE;

        @Override
        public long run(Path file) throws Exception {
            return StandardTokenizer.segment(Files.readString(file)).size();
        }
    }

    /** The ingest's per-document work without the writer: a pipeline per worker thread, as ExtractionWorkers has. */
    private static final class ExtractionTask implements Task {
        private final Iris iris = new Iris(Iris.DEFAULT_BASE);
        private final ThreadLocal<DocumentPipeline> pipelines = ThreadLocal.withInitial(() -> new DocumentPipeline(iris));

        @Override
        public long run(Path file) throws Exception {
            DocumentPipeline pipeline = pipelines.get();
            DocumentGraph graph = pipeline.build(file).graph();
            pipeline.validate(file, graph);
            return graph.model().size();
        }
    }
}
