package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A write to the dataset is answered with what is true: the endpoint is read-only, and uploads go to /api/documents. */
class ReadOnlyAnswersTest {
    static final String INSERT = "INSERT DATA { <urn:x:s> <urn:x:p> \"injected\" }";
    static final String TURTLE = "<urn:x:s> <urn:x:p> \"injected\" .";
    static Http http;

    @BeforeAll
    static void serve() {
        http = ServedSeeds.readOnly().http;
    }

    @Test
    void everyWriteSaysTheEndpointIsReadOnlyAndWhereUploadsGo() {
        List<HttpResponse<String>> attempts = List.of(
                http.post("/ds/sparql", "application/x-www-form-urlencoded", "update=" + Http.encode(INSERT)),
                http.post("/ds/sparql", "application/sparql-update", INSERT),
                http.post("/ds/update", "application/sparql-update", INSERT),
                http.post("/ds", "application/x-www-form-urlencoded", "update=" + Http.encode(INSERT)),
                http.put("/ds/get?graph=" + Http.encode("urn:x:g"), "text/turtle", TURTLE),
                http.post("/ds?default", "text/turtle", TURTLE),
                http.post("/ds/data", "text/turtle", TURTLE),
                http.delete("/ds/get?graph=" + Http.encode("urn:x:g")));

        assertThat(attempts).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri()).isIn(403, 405);
            assertThat(r.body()).as(r.request().method() + " " + r.request().uri()).contains("read-only").contains("/api/documents")
                    .doesNotContain("No 'query=' parameter").doesNotContain("Unsupported");
        });
    }

    @Test
    void queriesStillAnswerByGetAndForm() {
        String ask = "ASK { ?s ?p ?o }";
        assertThat(http.post("/ds/sparql", "application/x-www-form-urlencoded", "query=" + Http.encode(ask)).statusCode()).isEqualTo(200);
        assertThat(http.post("/ds/sparql", "application/sparql-query", ask).statusCode()).isEqualTo(200);
        assertThat(http.get("/ds/sparql?query=" + Http.encode(ask)).statusCode()).isEqualTo(200);
    }
}
