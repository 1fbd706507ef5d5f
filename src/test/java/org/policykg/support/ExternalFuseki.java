package org.policykg.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * A plain Fuseki server in a process of its own: the external SPARQL store of the remote-store tests
 * and benchmarks. One dataset {@code /ds} (query, update, GSP read-write), TDB2 in memory or in a
 * directory, its default graph the union of the named graphs.
 *
 * <p>As a program: {@code ExternalFuseki PORT [TDB2_DIR]}; it prints {@code ready} when serving.
 */
public final class ExternalFuseki implements AutoCloseable {
    private final Process process;
    private final int port;

    private ExternalFuseki(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        DatasetGraph dsg = args.length > 1 ? DatabaseMgr.connectDatasetGraph(args[1]) : DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(port).loopback(true).add("/ds", dsg, true).build().start();
        System.out.println("ready");
        System.out.flush();
        server.join();
    }

    /** Starts the server in a new JVM on a free port and waits until it answers a query. */
    public static ExternalFuseki start(Path tdb2Directory, String maxHeap) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = tdb2Directory == null
                ? new ProcessBuilder(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), ExternalFuseki.class.getName(), String.valueOf(port))
                : new ProcessBuilder(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), ExternalFuseki.class.getName(), String.valueOf(port),
                        tdb2Directory.toString());
        Process process = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ExternalFuseki fuseki = new ExternalFuseki(process, port);
        fuseki.awaitReady();
        return fuseki;
    }

    public String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(datasetUrl() + "/query?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Fuseki process ended with exit code " + process.exitValue());
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
        close();
        throw new IllegalStateException("Fuseki did not answer on port " + port + " within 90 s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
