package org.policykg.serve.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The folder of saved-query answers kept on disk: an answer larger than {@link #inMemoryLimit()}
 * (a whole-corpus table of a large store, hundreds of megabytes) is written here as it is computed,
 * so it neither fills the heap nor is computed again for each request. A discarded answer's file is
 * deleted a minute later, not at once, because a request may have just taken it from the cache; once
 * the request opened it, deleting it does not cut the answer short. The folder is temporary (made in
 * {@code policykg.answers.dir}, by default the system's temporary folder) and goes with the server;
 * {@code policykg.answers.in-memory-limit} sets the limit in bytes.
 */
@Component
public class AnswerSpillFolder implements AutoCloseable {
    static final int DEFAULT_IN_MEMORY_LIMIT = 8 << 20;
    private static final Duration DELETE_AFTER = Duration.ofMinutes(1);

    private final Path dir;
    private final int inMemoryLimit;
    private final Duration deleteAfter;
    private boolean closed;
    private final ScheduledExecutorService deleter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "policykg-answer-files");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    public AnswerSpillFolder(@Value("${policykg.answers.dir:}") String parent,
            @Value("${policykg.answers.in-memory-limit:" + DEFAULT_IN_MEMORY_LIMIT + "}") int inMemoryLimit) throws IOException {
        this(parent.isBlank() ? Files.createTempDirectory("policykg-answers")
                : Files.createTempDirectory(Files.createDirectories(Path.of(parent)), "policykg-answers"), inMemoryLimit);
    }

    public AnswerSpillFolder(Path dir, int inMemoryLimit) {
        this(dir, inMemoryLimit, DELETE_AFTER);
    }

    AnswerSpillFolder(Path dir, int inMemoryLimit, Duration deleteAfter) {
        try {
            this.dir = Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the folder of kept answers " + dir, e);
        }
        this.inMemoryLimit = inMemoryLimit;
        this.deleteAfter = deleteAfter;
    }

    public int inMemoryLimit() {
        return inMemoryLimit;
    }

    /** Where an answer is written while it is computed: memory up to the limit, a file of this folder past it. */
    public SpillingAnswerStream newOutput() {
        return new SpillingAnswerStream(this);
    }

    /**
     * A new file of the folder, unless the server is stopping: an answer still being computed then (the
     * default answers' thread is not stopped by an interrupt) would leave a file behind the folder's
     * deletion. Created under the lock {@link #close} takes, so that none slips in between.
     */
    Path newFile() throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IOException("the server is stopping: answer not kept");
            }
            return Files.createTempFile(dir, "answer", ".bin");
        }
    }

    void discard(Path file) {
        try {
            deleter.schedule(() -> deleteNow(file), deleteAfter.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            deleteNow(file);
        }
    }

    static void deleteNow(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        deleter.shutdownNow();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(AnswerSpillFolder::deleteNow);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: what is left, the system's cleaning takes
        }
    }
}
