package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.support.Seeds;

/**
 * The outage of issue 15: queries cut at the time limit, then an upload, then a search. Each cut query
 * used to leave its read transaction counted in the store (jena-text's part of the transaction failed
 * on the abort), and the search index rebuild that followed the upload waited for it for ever in TDB2's
 * exclusive mode, with every later request queued behind it. Real server, real HTTP, real TDB2.
 */
class CutQueriesTest {
    static final String TOKEN = "cut-queries-token";
    @RegisterExtension
    static final ServedSeeds.PerClass server = ServedSeeds.perClass(TOKEN);

    static String crossJoin(int k) {
        return "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c != " + k + ") }";
    }

    @Test
    void afterQueriesCutAtTheTimeLimitAnUploadThenSearchAndHealthStillAnswerWithinSeconds() throws Exception {
        assertThat(server.get().http.getWithin(Duration.ofSeconds(30), "/search?q=" + Http.encode("湿地")).statusCode()).isEqualTo(200);
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(server.get().store.store.dataset().asDatasetGraph());

        for (int round = 0; round < 2; round++) {
            int r = round;
            List<CompletableFuture<Integer>> cut = IntStream.range(0, 4)
                    .mapToObj(k -> CompletableFuture.supplyAsync(() -> server.get().http.getWithin(Duration.ofSeconds(20),
                            "/ds/sparql?query=" + Http.encode(crossJoin(10 * r + k))).statusCode()))
                    .toList();
            for (CompletableFuture<Integer> status : cut) {
                assertThat(status.get()).as("a runaway query is refused or cut, never answered").isIn(429, 503);
            }
        }
        assertThat(waitForNoTransaction(coordinator)).as("read transactions left behind by cut queries").isZero();

        HttpResponse<String> upload = server.get().http.upload("/api/documents", "file", "new-document.txt", Files.readAllBytes(Seeds.path(Seeds.GANZHOU)),
                "Authorization", "Bearer " + TOKEN);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);

        HttpResponse<String> search = server.get().http.getWithin(Duration.ofSeconds(5), "/search?q=" + Http.encode("湿地"));
        HttpResponse<String> health = server.get().http.getWithin(Duration.ofSeconds(2), "/health");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("hit-link");
        assertThat(health.statusCode()).isEqualTo(200);
    }

    /** Active transactions once the cut queries' threads have let go (they answer just before they do). */
    private static long waitForNoTransaction(TransactionCoordinator coordinator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (coordinator.countActive() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return coordinator.countActive();
    }
}
