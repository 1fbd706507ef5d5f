package org.policykg.serve;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.policykg.rdf.Iris;
import org.policykg.store.KnowledgeStore;

/**
 * A served store from start to stop: the store is opened (and an empty one filled from the corpus) on
 * its own thread while Spring starts, the server is started over it, and both are closed when the JVM
 * is asked to stop. A start that fails closes what was opened and throws.
 */
public final class ServerLifecycle implements AutoCloseable {
    private final PolicyKgServer server;
    private final KnowledgeStore store;
    private final double secondsToStart;

    private ServerLifecycle(PolicyKgServer server, KnowledgeStore store, double secondsToStart) {
        this.server = server;
        this.store = store;
        this.secondsToStart = secondsToStart;
    }

    /**
     * Starts, prints {@link ServingBanner} on {@code out}, and serves until the JVM is asked to stop
     * (Ctrl-C, SIGTERM). {@code messages} get what filling an empty store says.
     */
    public static void serveUntilStopped(ServeConfig config, Supplier<KnowledgeStore> openStore, Path corpus,
            String storeName, PrintStream out, PrintStream messages) {
        ServerLifecycle serving = start(config, openStore, corpus, messages);
        out.print(ServingBanner.text(storeName, config, serving.server.port(), serving.server.routes(), serving.secondsToStart));
        out.flush();
        serving.awaitShutdown();
    }

    /** Jena's start-up and the store's opening run beside Spring's (see {@link PolicyKgServer#start(ServeConfig, CompletableFuture)}). */
    public static ServerLifecycle start(ServeConfig config, Supplier<KnowledgeStore> openStore, Path corpus, PrintStream messages) {
        long started = System.nanoTime();
        CompletableFuture<KnowledgeStore> opening = openInBackground(
                () -> openAndFill(openStore, corpus, new Iris(config.baseIri()), messages));
        PolicyKgServer server;
        try {
            server = PolicyKgServer.start(config, opening);
        } catch (RuntimeException e) {
            opening.thenAccept(KnowledgeStore::close);
            throw e;
        }
        return new ServerLifecycle(server, opening.join(), (System.nanoTime() - started) / 1e9);
    }

    public PolicyKgServer server() {
        return server;
    }

    /** Blocks until the JVM shuts down; its shutdown hook stops the server and closes the store. */
    public void awaitShutdown() {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            stopped.countDown();
        }, "policykg-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    private static CompletableFuture<KnowledgeStore> openInBackground(Supplier<KnowledgeStore> open) {
        CompletableFuture<KnowledgeStore> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(open.get());
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "policykg-open-store");
        opener.setDaemon(true);
        opener.start();
        return opening;
    }

    private static KnowledgeStore openAndFill(Supplier<KnowledgeStore> openStore, Path corpus, Iris iris, PrintStream messages) {
        KnowledgeStore store = openStore.get();
        try {
            Startup.fillIfEmpty(store, corpus, iris, messages);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
