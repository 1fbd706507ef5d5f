package org.policykg.read;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading alone (not part of {@code mvn verify}): {@link DocumentReader#read} over the first N files of a
 * folder, round after round on one thread, in thread CPU per document (the files stay in the page cache
 * after the first round). Run it with another build's classes first on the class path for that build's
 * figure. Usage (after {@code scripts/bench-extract.sh} made the class path):
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench.classpath)
 * org.policykg.read.ReadBenchmark target/bench/corpus 1000 20}.
 */
public final class ReadBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().limit(Integer.parseInt(args[1])).toList();
        }
        DocumentReader reader = new DocumentReader();
        int rounds = Integer.parseInt(args[2]);
        for (int round = 0; round < rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long chars = 0;
            for (Path p : files) {
                chars += reader.read(p).text().length();
            }
            long end = THREADS.getCurrentThreadCpuTime();
            if (round >= rounds / 2) {
                System.out.printf("round %d: %.4f ms/doc (%d chars)%n", round, (end - start) / 1e6 / files.size(), chars);
            }
        }
    }
}
