package org.policykg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.policykg.serve.ReadOnlyReplica;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.ServerLifecycle;

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

    @Option(names = "--query-timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "30s",
            description = "limit of every SPARQL query, e.g. 30s, 500ms, 2m (default: ${DEFAULT-VALUE})")
    Duration queryTimeout = ServeConfig.DEFAULT_QUERY_TIMEOUT;

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
            config = new ServeConfig(port, host, queryTimeout, System.getenv("POLICYKG_ADMIN_TOKEN"), queries,
                    maxUploadMb * 1024L * 1024L, options.base, serviceAllow, queriesPerClient, maxRows, behindProxy);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        try {
            ServerLifecycle.serveUntilStopped(config, () -> StoreOptions.openTdb2(options.store), corpus,
                    options.store.toString(), System.out, System.err);
            return 0;
        } catch (RuntimeException e) {
            System.err.println("error: cannot serve " + options.store + ": " + rootMessage(e));
            return 1;
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
