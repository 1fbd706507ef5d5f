package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an anonymous query on the public endpoint cannot reach: other addresses through SERVICE (in
 * any of its forms), and the server's own classes through {@code <java:…>} function IRIs.
 */
class PublicEndpointReachTest {
    static ServedSeeds served;
    static RemoteTarget target;

    @BeforeAll
    static void serve() {
        served = ServedSeeds.readOnly();
        target = new RemoteTarget();
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    static HttpResponse<String> query(String sparql) {
        return served.http.get("/ds/sparql?query=" + Http.encode(sparql), "Accept", "application/sparql-results+json");
    }

    @Test
    void serviceToAnyAddressIsRefusedWithoutARequestToIt() {
        HttpResponse<String> plain = query("SELECT * { SERVICE <" + target.url() + "> { ?s ?p ?o } }");
        HttpResponse<String> silent = query("SELECT * { SERVICE SILENT <" + target.url() + "> { ?s ?p ?o } }");
        HttpResponse<String> variable = query("SELECT * { VALUES ?e { <" + target.url() + "> } SERVICE ?e { ?s ?p ?o } }");

        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("not allowed");
        assertThat(silent.statusCode()).isEqualTo(400);
        assertThat(plain.body()).doesNotContain(RemoteTarget.SECRET);
        assertThat(silent.body()).doesNotContain(RemoteTarget.SECRET);
        assertThat(variable.body()).doesNotContain(RemoteTarget.SECRET);
        assertThat(target.requests()).as("requests that reached the other address").isZero();
    }

    @Test
    void aServiceBackToTheServerItselfIsRefusedAtOnce() {
        // Six of these used to hold every execution slot, each waiting for a slot for its own SERVICE call.
        HttpResponse<String> selfService = query("SELECT * { SERVICE <" + served.http.url("/ds/sparql") + "> { ?s ?p ?o } } LIMIT 1");

        assertThat(selfService.statusCode()).isBetween(400, 599);
    }

    @Test
    void javaFunctionIrisAreNotLoadedOrCalled() {
        int before = JavaFunctionCanary.CALLS.get();

        HttpResponse<String> r = query("SELECT ?x { BIND (<java:org.policykg.serve.JavaFunctionCanary>(\"x\") AS ?x) }");

        assertThat(JavaFunctionCanary.CALLS.get()).as("calls of the named class").isEqualTo(before);
        assertThat(r.body()).doesNotContain("called");
    }
}
