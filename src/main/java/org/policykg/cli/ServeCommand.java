package org.policykg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.policykg.rdf.Iris;
import org.policykg.serve.PolicyKgServer;
import org.policykg.serve.ReadOnlyReplica;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.Startup;
import org.policykg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = {
        "Serve the store: a read-only SPARQL endpoint (Fuseki) and the saved-query, validation and upload API on one port.",
        "An empty store is first filled from the shipped corpus. Uploads need POLICYKG_ADMIN_TOKEN in the environment."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--port", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = {"--host", "--bind"}, paramLabel = "ADDRESS",
            description = "address to listen on; 0.0.0.0 for every interface (default: 127.0.0.1, this machine only)")
    String host = ServeConfig.DEFAULT_HOST;

    @Option(names = "--service-allow", paramLabel = "URL", split = ",",
            description = "remote SPARQL endpoints a query's SERVICE may call (default: none, federation off)")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--queries-per-client", paramLabel = "N",
            description = "queries one client address may run at once, ad-hoc /ds queries and saved queries or pages apart; more are answered 429 (default: ${DEFAULT-VALUE})")
    int queriesPerClient = ServeConfig.DEFAULT_QUERIES_PER_CLIENT;

    @Option(names = "--behind-proxy",
            description = "the server is reached only through a reverse proxy: the client is the address its X-Forwarded-For names")
    boolean behindProxy;

    @Option(names = "--max-rows", paramLabel = "N", description = "most rows one /ds query answers (default: ${DEFAULT-VALUE})")
    long maxRows = ServeConfig.DEFAULT_MAX_ROWS;

    @Option(names = "--query-timeout", paramLabel = "DURATION",
            description = "limit of every SPARQL query, e.g. 30s, 500ms, 2m (default: ${DEFAULT-VALUE})")
    String queryTimeout = "30s";

    @Option(names = "--queries", paramLabel = "DIR", description = "saved queries; the jar's copies when absent (default: ${DEFAULT-VALUE})")
    Path queries = Path.of("queries");

    @Option(names = "--corpus", paramLabel = "DIR", description = "documents ingested when the store is empty (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of("data", "documents");

    @Option(names = "--max-upload", paramLabel = "MB", description = "largest accepted upload in MB (default: ${DEFAULT-VALUE})")
    int maxUploadMb = 20;

    @Option(names = "--read-only", description = "a read-only replica: uploads refused (403), an empty store served empty (docs/scaling.md)")
    void readOnly(boolean on) {
        System.setProperty(ReadOnlyReplica.PROPERTY, Boolean.toString(on));
    }

    @Override
    public Integer call() {
        ServeConfig config;
        try {
            config = new ServeConfig(port, host, parseDuration(queryTimeout), System.getenv("POLICYKG_ADMIN_TOKEN"), queries,
                    maxUploadMb * 1024L * 1024L, options.base, serviceAllow, queriesPerClient, maxRows, behindProxy);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        // Jena's start-up and the store's opening run beside Spring's (see PolicyKgServer.start).
        CompletableFuture<KnowledgeStore> opening = openInBackground();
        PolicyKgServer server;
        try {
            server = PolicyKgServer.start(config, opening);
        } catch (RuntimeException e) {
            opening.thenAccept(KnowledgeStore::close);
            System.err.println("error: cannot serve " + options.store + ": " + rootMessage(e));
            return 1;
        }
        KnowledgeStore store = opening.join();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "policykg-shutdown"));
        printUrls(config, server.port(), (System.nanoTime() - started) / 1e9);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private CompletableFuture<KnowledgeStore> openInBackground() {
        CompletableFuture<KnowledgeStore> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(openAndFill());
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "policykg-open-store");
        opener.setDaemon(true);
        opener.start();
        return opening;
    }

    private KnowledgeStore openAndFill() {
        KnowledgeStore store = StoreOptions.openTdb2(options.store);
        try {
            Startup.fillIfEmpty(store, corpus, new Iris(options.base), System.err);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void printUrls(ServeConfig config, int actualPort, double seconds) {
        String bound = config.bindAddress();
        String h = bound.equals("0.0.0.0") || bound.equals("::") ? "localhost" : bound.contains(":") ? "[" + bound + "]" : bound;
        String base = "http://" + h + ":" + actualPort;
        System.out.printf("PolicyKG serving %s at %s/ (ready in %.1f s)%n", options.store, base, seconds);
        System.out.println("  web pages                    " + base + "/   (query editor /editor, compare /compare, search /search)");
        System.out.println("  SPARQL endpoint (read-only)  " + base + "/ds/sparql   (also /ds/query; graphs: " + base + "/ds/get?graph=IRI)");
        System.out.println("  saved queries                " + base + "/api/queries   (run: /api/queries/NAME?param=value)");
        System.out.println("  SHACL report                 " + base + "/api/validation");
        System.out.println("  health                       " + base + "/health");
        System.out.println("  upload (POST multipart file) " + base + "/api/documents   "
                + (ReadOnlyReplica.requested() ? "(refused: a --read-only replica)" : config.token().isPresent() ? "(Authorization: Bearer $POLICYKG_ADMIN_TOKEN)" : "(off: POLICYKG_ADMIN_TOKEN not set)"));
        System.out.println("  query timeout " + config.queryTimeout().toMillis() + " ms, " + config.queriesPerClient() + " running /ds queries a client, "
                + config.maxRows() + " rows an answer; SERVICE " + (config.serviceAllow().isEmpty() ? "off" : "to " + String.join(", ", config.serviceAllow()))
                + "; listening on " + bound + "; Ctrl-C stops");
        System.out.flush();
    }

    static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 60_000));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--query-timeout: '" + text + "' is not a duration (e.g. 30s, 500ms, 2m)");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof CommandFailure ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
