package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.admission.ClientShare;
import org.policykg.serve.admission.ExecutionSlots;
import org.policykg.serve.admission.RequestClient;
import org.springframework.http.ResponseEntity;

/**
 * A page whose query is not admitted is answered with the plain page in the pages' style, its status
 * (429 for a client beyond its share) and when to come back, without rendering the error template.
 */
class PageRefusalTest {
    @Test
    void aClientBeyondItsShareGetsThePlainPageWithRetryAfter() throws Exception {
        ExecutionSlots slots = new ExecutionSlots(2, 0, 100, new ClientShare(1), 5);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> {
            try {
                RequestClient.as("10.0.0.9", () -> slots.<Void, InterruptedException>run(() -> {
                    running.countDown();
                    release.await();
                    return null;
                }));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.await();
        ExecutionSlots.Refused refused = null;
        try {
            RequestClient.as("10.0.0.9", () -> slots.run(() -> "second page"));
        } catch (ExecutionSlots.Refused e) {
            refused = e;
        } finally {
            release.countDown();
            held.get();
        }
        assertThat(refused).isNotNull();

        PageTimeouts advice = new PageTimeouts(new ServeConfig(0, null, Duration.ofSeconds(5), null, Path.of("queries"), 1, "https://example.org/"));
        ResponseEntity<String> page = advice.notAdmitted(refused);

        assertThat(page.getStatusCode().value()).isEqualTo(429);
        assertThat(page.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody()).contains("<h1>429 · 查询过多 Too many queries</h1>", "/static/web/policykg.css", "请稍后再试")
                .doesNotContain("th:");
    }
}
