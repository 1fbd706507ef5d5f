package org.policykg.serve.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/**
 * Behind a reverse proxy every request comes from the proxy's address; with {@code --behind-proxy}
 * the client whose share a query counts against is the one the proxy names in X-Forwarded-For, and
 * without it that header is not believed (any sender could name any client).
 */
class BehindProxyTest {
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c != %d) }";

    static HttpResponse<String> query(ServedSeeds served, String client, String query) {
        return served.http.getWithin(Duration.ofSeconds(20), "/ds/sparql?query=" + Http.encode(query),
                "X-Forwarded-For", client, "Accept", "text/csv");
    }

    /** Status of a quick query by {@code second} while a runaway of {@code first} takes its share of one. */
    static int whileARunawayRuns(ServedSeeds served, String first, String second) throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> query(served, first, RUNAWAY.formatted(System.nanoTime())));
        Thread.sleep(700);
        int status = query(served, second, "SELECT ?s WHERE { ?s a ?t FILTER(?t != <urn:x:" + System.nanoTime() + ">) } LIMIT 1").statusCode();
        runaway.get();
        return status;
    }

    @Test
    void behindAProxyEachForwardedClientHasItsOwnShare() throws Exception {
        try (ServedSeeds served = ServedSeeds.start(null, c -> c.withQueriesPerClient(1).withBehindProxy(true))) {
            assertThat(whileARunawayRuns(served, "10.0.0.1", "10.0.0.2")).as("another client").isEqualTo(200);
            assertThat(whileARunawayRuns(served, "10.0.0.3", "10.0.0.3")).as("the same client beyond its share").isEqualTo(429);
        }
    }

    @Test
    void otherwiseTheForwardedHeaderIsNotBelieved() throws Exception {
        try (ServedSeeds served = ServedSeeds.start(null, c -> c.withQueriesPerClient(1))) {
            assertThat(whileARunawayRuns(served, "10.0.0.1", "10.0.0.2")).as("one address, whatever the header says").isEqualTo(429);
        }
    }
}
