package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Four runaway queries from one address used to hold every execution slot while everyone else waited
 * for the whole timeout. Now a client runs its share (2) and is told 429 at once beyond it, another
 * client's query and the saved queries and pages answer meanwhile. The second client is a connection
 * from another loopback address (127.0.0.2), as the server sees a second machine.
 */
class FairShareTest {
    @RegisterExtension
    static final ServedSeeds.PerClass server = ServedSeeds.perClass(null);

    record Timed(int status, long millis, String retryAfter) {
    }

    static Timed runaway(int k) {
        long start = System.nanoTime();
        HttpResponse<String> r = server.get().http.getWithin(Duration.ofSeconds(20), "/ds/sparql?query=" + Http.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c != " + k + ") }"));
        return new Timed(r.statusCode(), (System.nanoTime() - start) / 1_000_000, r.headers().firstValue("Retry-After").orElse(null));
    }

    @Test
    void aClientBeyondItsShareIsToldAtOnceAndOthersAreServedMeanwhile() throws Exception {
        List<CompletableFuture<Timed>> runaways = IntStream.range(0, 4).mapToObj(k -> CompletableFuture.supplyAsync(() -> runaway(700 + k))).toList();
        Thread.sleep(500);

        long start = System.nanoTime();
        String otherClient = fromAddress("127.0.0.2", "/ds/sparql?query=" + Http.encode("SELECT (COUNT(*) AS ?n) { ?s a ?t FILTER(?t != <urn:x:" + start + ">) }"));
        long otherMillis = (System.nanoTime() - start) / 1_000_000;
        HttpResponse<String> saved = server.get().http.getWithin(Duration.ofSeconds(3), "/api/queries/task-departments?source=" + Http.encode("none-" + start + ".txt"));
        HttpResponse<String> page = server.get().http.getWithin(Duration.ofSeconds(3), "/compare/departments");

        assertThat(otherClient).as("another client's query while the runaways run").startsWith("HTTP/1.1 200");
        assertThat(otherMillis).isLessThan(3000);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(page.statusCode()).isEqualTo(200);

        List<Timed> answers = runaways.stream().map(CompletableFuture::join).toList();
        assertThat(answers).filteredOn(t -> t.status() == 503).as("runaways run and cut at the limit").hasSize(2)
                .allSatisfy(t -> assertThat(t.millis()).isBetween(ServedSeeds.TIMEOUT.toMillis() - 500, ServedSeeds.TIMEOUT.toMillis() + 5000));
        assertThat(answers).filteredOn(t -> t.status() == 429).as("beyond the share, refused at once").hasSize(2)
                .allSatisfy(t -> {
                    assertThat(t.millis()).isLessThan(1500);
                    assertThat(t.retryAfter()).isNotNull();
                });
    }

    /** A GET on a connection from {@code local}, read up to the status line. */
    static String fromAddress(String local, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.get().server.port()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().strip();
        }
    }
}
