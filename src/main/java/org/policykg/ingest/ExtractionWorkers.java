package org.policykg.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The files on {@code threads} workers in order, a few documents ahead of the writer, so that they
 * extract while it writes and the writer holds one document at a time however large its unit. Results
 * come out in file order whatever order the workers finish in.
 */
final class ExtractionWorkers implements AutoCloseable {
    /** The workers themselves failed (interrupted, out of memory): the ingest stops, no document is to blame. */
    static final class WorkersFailed extends RuntimeException {
        WorkersFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<Path> files;
    private final Function<Path, WorkerResult> work;
    private final int ahead;
    private final ExecutorService pool;
    private final Deque<Future<WorkerResult>> pending = new ArrayDeque<>();
    private int next;

    ExtractionWorkers(List<Path> files, int threads, Function<Path, WorkerResult> work) {
        this.files = files;
        this.work = work;
        this.ahead = 4 * threads;
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    boolean hasMore() {
        return next < files.size() || !pending.isEmpty();
    }

    /** The next file's result, waiting for it if need be. */
    WorkerResult take() {
        while (pending.size() < ahead && next < files.size()) {
            Path file = files.get(next++);
            pending.add(pool.submit(() -> work.apply(file)));
        }
        return result(pending.poll());
    }

    private static WorkerResult result(Future<WorkerResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkersFailed("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new WorkersFailed("extraction failed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
