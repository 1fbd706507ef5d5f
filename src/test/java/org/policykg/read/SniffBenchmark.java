package org.policykg.read;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Telling the format of plain text (not part of {@code mvn verify}): Tika's full detection against
 * {@link CertainPlainText}'s rule, alternating on one thread over the first N files of a folder, in
 * thread CPU per document after a warm-up. Usage (after {@code scripts/bench-extract.sh} made the class
 * path): {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * org.policykg.read.SniffBenchmark target/bench/corpus 500}.
 */
public final class SniffBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SniffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path p : s.sorted().limit(Integer.parseInt(args[1])).toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        DefaultDetector tika = new DefaultDetector();
        CertainPlainText rule = new CertainPlainText(tika.getDetectors());
        for (int round = 0; round < 8; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            int certain = 0;
            for (byte[] bytes : files) {
                certain += rule.test(bytes) ? 1 : 0;
            }
            long middle = THREADS.getCurrentThreadCpuTime();
            for (byte[] bytes : files) {
                try (TikaInputStream in = TikaInputStream.get(bytes)) {
                    tika.detect(in, new Metadata());
                }
            }
            long end = THREADS.getCurrentThreadCpuTime();
            if (round >= 4) {
                System.out.printf("round %d: rule %.3f ms/doc (%d of %d certainly plain text), Tika's detection %.3f ms/doc%n",
                        round - 3, (middle - start) / 1e6 / files.size(), certain, files.size(), (end - middle) / 1e6 / files.size());
            }
        }
    }
}
