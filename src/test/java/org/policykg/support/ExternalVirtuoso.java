package org.policykg.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.policykg.store.RemoteStore;

/**
 * Virtuoso Open Source (Debian's virtuoso-opensource-7-bin) in a process of its own: a fresh database
 * in a temporary folder, its HTTP and SQL ports free ones on 127.0.0.1, SPARQL Update granted to the
 * endpoint's user through isql-vt, stopped by its process id. Query and update at {@code /sparql},
 * Graph Store Protocol at {@code /sparql-graph-crud}.
 *
 * <p>Without Virtuoso installed the tests that need it are skipped, saying how to install it; with
 * {@code POLICYKG_REQUIRE_VIRTUOSO=1} (as CI sets) they fail instead.
 */
public final class ExternalVirtuoso implements AutoCloseable {
    public static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    public static final Path ISQL = Path.of("/usr/bin/isql-vt");

    private final Process process;
    private final Path folder;
    private final int httpPort;

    private ExternalVirtuoso(Process process, Path folder, int httpPort) {
        this.process = process;
        this.folder = folder;
        this.httpPort = httpPort;
    }

    /** Skips the calling test when Virtuoso is not installed, or fails it under POLICYKG_REQUIRE_VIRTUOSO=1. */
    public static void assumeInstalled() {
        if (Files.isExecutable(SERVER) && Files.isExecutable(ISQL)) {
            return;
        }
        String message = "The Virtuoso tests need Virtuoso Open Source (" + SERVER + ", " + ISQL + "), which is missing. "
                + "Install it as .ci/run does: apt-get update && apt-get install -y virtuoso-opensource-7-bin";
        if ("1".equals(System.getenv("POLICYKG_REQUIRE_VIRTUOSO"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
    }

    /** Starts a fresh Virtuoso with its database in {@code folder} and waits until SPARQL Update is granted. */
    public static ExternalVirtuoso start(Path folder) throws IOException, InterruptedException {
        assumeInstalled();
        Files.createDirectories(folder);
        int httpPort = freePort();
        int sqlPort = freePort();
        Files.writeString(folder.resolve("virtuoso.ini"), ini(folder, httpPort, sqlPort), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(SERVER.toString(), "+configfile", "virtuoso.ini", "+foreground")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("console.log").toFile()).start();
        ExternalVirtuoso virtuoso = new ExternalVirtuoso(process, folder, httpPort);
        try {
            virtuoso.awaitOnline();
            // the endpoint runs as the SQL user SPARQL, which may read but not write until granted
            isql(folder, sqlPort, "GRANT SPARQL_UPDATE TO \"SPARQL\";");
        } catch (IOException | RuntimeException e) {
            virtuoso.close();
            throw e;
        }
        return virtuoso;
    }

    public String sparqlUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    public String graphStoreUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud";
    }

    /** PolicyKG's store over this Virtuoso: as {@code --query-url URL/sparql --update-url URL/sparql --gsp-url URL/sparql-graph-crud}. */
    public RemoteStore connect() {
        return RemoteStore.connect(sparqlUrl(), sparqlUrl(), graphStoreUrl());
    }

    private static String ini(Path folder, int httpPort, int sqlPort) {
        String db = folder.toAbsolutePath().toString();
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0

                [Parameters]
                ServerPort = 127.0.0.1:%3$d
                DisableUnixSocket = 1
                ServerThreads = 10
                CheckpointInterval = 60
                NumberOfBuffers = 20000
                MaxDirtyBuffers = 15000
                DirsAllowed = ., %1$s

                [HTTPServer]
                ServerPort = 127.0.0.1:%2$d
                ServerRoot = %1$s
                ServerThreads = 10
                MaxKeepAlives = 10
                KeepAliveTimeout = 10
                EnabledDavVSP = 0

                [SPARQL]
                ResultSetMaxRows = 1000000
                MaxQueryExecutionTime = 120
                """.formatted(db, httpPort, sqlPort);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void isql(Path folder, int sqlPort, String statements) throws IOException, InterruptedException {
        Process isql = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + statements)
                .directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!isql.waitFor(60, TimeUnit.SECONDS) || isql.exitValue() != 0 || out.contains("*** Error")) {
            isql.destroyForcibly();
            throw new IllegalStateException("isql-vt failed on '" + statements + "': " + out);
        }
    }

    private void awaitOnline() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparqlUrl() + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso ended with exit code " + process.exitValue() + ": " + log());
            }
            try {
                if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Virtuoso did not answer on port " + httpPort + " within 90 s: " + log());
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("virtuoso.log"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Stops the server by its process id (SIGTERM: Virtuoso shuts down quickly), forcibly after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
