package org.policykg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/**
 * The yardstick of ingest throughput: HanLP's standard segmentation of each file's text, read as
 * UTF-8, on a number of threads. Usage: {@code HanlpSegmentation DIR THREADS}: warms up on the first
 * files, then prints the seconds and documents per second for all of them.
 */
public final class HanlpSegmentation {
    private HanlpSegmentation() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int threads = Integer.parseInt(args[1]);
        seconds(files.subList(0, Math.min(25, files.size())), threads);
        double seconds = seconds(files, threads);
        System.out.printf("HanLP standard segmentation, %d threads: %d documents, %.1f s, %.1f docs/s%n", threads, files.size(),
                seconds, files.size() / seconds);
    }

    /** Seconds to segment every file; the tokens are counted so that nothing is optimised away. */
    static double seconds(List<Path> files, int threads) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> tokens = new ArrayList<>();
            for (Path f : files) {
                tokens.add(pool.submit(() -> StandardTokenizer.segment(Files.readString(f)).size()));
            }
            long n = 0;
            for (Future<Integer> t : tokens) {
                n += t.get();
            }
            if (n == 0 && !files.isEmpty()) {
                throw new IllegalStateException("no tokens");
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
