package org.policykg.serve.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests take turns: two at once here, of which one ad-hoc {@code /ds} request at most. A request
 * beyond its turns waits in order (no refusal while its wait is short), an ad-hoc one that waits too
 * long is told 503 with Retry-After, and {@code /health} never waits. A real Jetty on a free port; the
 * application behind the queues answers a path ending in {@code /slow} only when the test lets it.
 */
class RequestQueueTest {
    private final CountDownLatch release = new CountDownLatch(1);
    /** Paths being handled right now, what the queues let through. */
    private final java.util.Set<String> handling = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(RequestQueue.around(application(), 2, 1, Duration.ofMillis(400), 7));
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop();
    }

    private Handler application() {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = Request.getPathInContext(request);
                handling.add(path);
                try {
                    if (path.endsWith("/slow")) {
                        release.await(20, TimeUnit.SECONDS);
                    }
                } finally {
                    handling.remove(path);
                }
                response.setStatus(200);
                response.write(true, StandardCharsets.UTF_8.encode("answered " + path), callback);
                return true;
            }
        };
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHandling(String path) throws InterruptedException {
        for (int i = 0; i < 500 && !handling.contains(path); i++) {
            Thread.sleep(10);
        }
        assertThat(handling).as("handled now").contains(path);
    }

    @Test
    void anAdHocQueryBeyondItsTurnsWaitsThenIsToldToComeBackWhileOthersAreAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = get("/ds/slow");
        awaitHandling("/ds/slow");

        long start = System.nanoTime();
        HttpResponse<String> secondAdHoc = get("/ds/sparql").get(10, TimeUnit.SECONDS);
        long waited = (System.nanoTime() - start) / 1_000_000;
        HttpResponse<String> saved = get("/api/queries/citations").get(2, TimeUnit.SECONDS);

        assertThat(secondAdHoc.statusCode()).isEqualTo(503);
        assertThat(secondAdHoc.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(waited).as("waited for its turn, then refused").isBetween(350L, 5000L);
        assertThat(saved.statusCode()).as("the shared turn the ad-hoc queries cannot take").isEqualTo(200);
        assertThat(runaway).isNotDone();
    }

    @Test
    void aRequestBeyondTheTurnsWaitsInOrderAndHealthDoesNotWait() throws Exception {
        CompletableFuture<HttpResponse<String>> adHoc = get("/ds/slow");
        awaitHandling("/ds/slow");
        CompletableFuture<HttpResponse<String>> page = get("/compare/slow");
        awaitHandling("/compare/slow");

        CompletableFuture<HttpResponse<String>> queued = get("/api/queries/departments");
        HttpResponse<String> health = get("/health").get(2, TimeUnit.SECONDS);
        Thread.sleep(300);

        assertThat(health.body()).isEqualTo("answered /health");
        assertThat(queued).as("both turns are taken: it waits").isNotDone();
        assertThat(handling).doesNotContain("/api/queries/departments");

        release.countDown();
        assertThat(queued.get(5, TimeUnit.SECONDS).body()).isEqualTo("answered /api/queries/departments");
        assertThat(page.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(adHoc.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
}
