package org.policykg.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.Iris;

/**
 * Validating already built graphs alone (not part of {@code mvn verify}): the graphs of the first N files
 * of a folder are built once, then {@link ShaclCheck#checkViolations} runs over all of them, round after
 * round on one thread, in thread CPU per document. Each graph is checked REPEAT times in a row: in the
 * pipeline a graph is checked just after it was built, its nodes still in the CPU's caches, whereas one
 * pass over a thousand graphs finds each cold (REPEAT 1). Run it with another build's classes first on the
 * class path for that build's figure. Usage (after {@code scripts/bench-extract.sh} made the class path):
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench.classpath)
 * org.policykg.validate.ValidateBenchmark target/bench/corpus 1000 20 4} (N, ROUNDS, REPEAT).
 */
public final class ValidateBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ValidateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));
        List<Graph> graphs = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : s.sorted().limit(Integer.parseInt(args[1])).toList()) {
                graphs.add(pipeline.build(p).graph().model().getGraph());
            }
        }
        ShaclCheck check = new ShaclCheck();
        int rounds = Integer.parseInt(args[2]);
        int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int round = 0; round < rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long violations = 0;
            for (Graph g : graphs) {
                for (int r = 0; r < repeat; r++) {
                    violations += ReportText.violations(check.checkViolations(g));
                }
            }
            long end = THREADS.getCurrentThreadCpuTime();
            if (round >= rounds / 2) {
                System.out.printf("round %d: %.4f ms/doc (%d violations)%n", round, (end - start) / 1e6 / graphs.size() / repeat, violations);
            }
        }
    }
}
