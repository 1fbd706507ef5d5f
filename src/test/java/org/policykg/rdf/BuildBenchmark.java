package org.policykg.rdf;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.apache.jena.graph.Graph;
import org.policykg.extract.DocumentExtractor;
import org.policykg.extract.Extraction;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.structure.PolicyDocument;
import org.policykg.validate.ShaclCheck;

/**
 * Building RDF alone (not part of {@code mvn verify}): the corpus is read, structured and extracted once,
 * then only {@link DocumentGraphBuilder#build} is timed on one thread, and after it what the pipeline does
 * with the graph (the SHACL check, one pass over its triples as a store does), each as thread CPU and bytes
 * allocated per document. The check is the pipeline's ({@link ShaclCheck#checkViolations}). The extraction pipeline's own benchmark mixes these with a dozen other stages
 * whose noise hides a change to building alone.
 *
 * <p>Usage: {@code BuildBenchmark CORPUS_DIR N [ROUNDS]}; {@code -Dbench.jfr=FILE} records the measured rounds.
 */
public final class BuildBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private record Input(PolicyDocument doc, Extraction extraction) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Input> inputs = inputs(dir, size);
        DocumentGraphBuilder builder = new DocumentGraphBuilder(new Iris(Iris.DEFAULT_BASE));
        ShaclCheck shacl = new ShaclCheck();
        for (int w = 0; w < 6; w++) {
            round(inputs, builder, shacl, null);
        }
        Recording recording = null;
        if (System.getProperty("bench.jfr") != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            // a sample a millisecond: building one graph takes a few tenths of one
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            recording.start();
        }
        for (int r = 1; r <= rounds; r++) {
            round(inputs, builder, shacl, "round " + r);
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(System.getProperty("bench.jfr")));
        }
    }

    private static List<Input> inputs(Path dir, int size) throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));
        DocumentExtractor extractor = new DocumentExtractor();
        List<Input> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().limit(size).toList()) {
                PolicyDocument doc = pipeline.structure(f);
                inputs.add(new Input(doc, extractor.extract(doc)));
            }
        }
        return inputs;
    }

    private static void round(List<Input> inputs, DocumentGraphBuilder builder, ShaclCheck shacl, String label) {
        long[] cpu = new long[3];
        long[] bytes = new long[3];
        long triples = 0;
        long sum = 0;
        for (Input in : inputs) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long b0 = THREADS.getCurrentThreadAllocatedBytes();
            DocumentGraph graph = builder.build(in.doc(), in.extraction());
            long c1 = THREADS.getCurrentThreadCpuTime();
            long b1 = THREADS.getCurrentThreadAllocatedBytes();
            Graph g = graph.model().getGraph();
            sum += shacl.checkViolations(g).getEntries().size();
            long c2 = THREADS.getCurrentThreadCpuTime();
            long b2 = THREADS.getCurrentThreadAllocatedBytes();
            long[] n = {0};
            g.find().forEachRemaining(t -> n[0] += t.getObject().isLiteral() ? 1 : 2);
            long c3 = THREADS.getCurrentThreadCpuTime();
            long b3 = THREADS.getCurrentThreadAllocatedBytes();
            sum += n[0];
            triples += g.size();
            cpu[0] += c1 - c0;
            cpu[1] += c2 - c1;
            cpu[2] += c3 - c2;
            bytes[0] += b1 - b0;
            bytes[1] += b2 - b1;
            bytes[2] += b3 - b2;
        }
        if (label != null) {
            int n = inputs.size();
            System.out.printf("%s: %d docs, %d triples: build %.3f ms/doc %.0f KB/doc; shacl %.3f ms/doc %.0f KB/doc;"
                            + " iterate %.3f ms/doc %.0f KB/doc (%d)%n",
                    label, n, triples, cpu[0] / 1e6 / n, bytes[0] / 1024.0 / n, cpu[1] / 1e6 / n,
                    bytes[1] / 1024.0 / n, cpu[2] / 1e6 / n, bytes[2] / 1024.0 / n, sum);
        }
    }
}
