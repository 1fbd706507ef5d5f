package org.policykg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/**
 * An ad-hoc answer has at most {@code --max-rows} rows: a query without a LIMIT, or with a larger one,
 * is cut there and the answer says so in a header; a smaller LIMIT and ASK are left as they are.
 */
class RowLimitTest {
    static final int MAX_ROWS = 7;
    @RegisterExtension
    static final ServedSeeds.PerClass server = ServedSeeds.perClass(null, config -> config.withMaxRows(MAX_ROWS));

    static HttpResponse<String> csv(String query) {
        return server.get().http.get("/ds/sparql?query=" + Http.encode(query), "Accept", "text/csv");
    }

    /** Rows of a CSV answer, without its header line. */
    static long rows(HttpResponse<String> r) {
        return r.body().lines().count() - 1;
    }

    @Test
    void aQueryWithoutALimitAnswersAtMostTheRowLimitAndSaysSo() {
        HttpResponse<String> r = csv("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(rows(r)).isEqualTo(MAX_ROWS);
        assertThat(r.headers().firstValue(BoundedQueryProcessor.ROW_LIMIT_HEADER)).hasValue(Integer.toString(MAX_ROWS));
    }

    @Test
    void aKeptAnswerSaysSoToo() {
        String query = "SELECT ?o WHERE { ?s ?p ?o }";
        csv(query);
        HttpResponse<String> again = csv(query);

        assertThat(rows(again)).isEqualTo(MAX_ROWS);
        assertThat(again.headers().firstValue(BoundedQueryProcessor.ROW_LIMIT_HEADER)).hasValue(Integer.toString(MAX_ROWS));
    }

    @Test
    void aLargerLimitIsCutToTheRowLimit() {
        HttpResponse<String> r = csv("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1000");

        assertThat(rows(r)).isEqualTo(MAX_ROWS);
        assertThat(r.headers().firstValue(BoundedQueryProcessor.ROW_LIMIT_HEADER)).isPresent();
    }

    @Test
    void aSmallerLimitAndAskAreLeftAlone() {
        HttpResponse<String> limited = csv("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3");
        HttpResponse<String> ask = server.get().http.get("/ds/sparql?query=" + Http.encode("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");

        assertThat(rows(limited)).isEqualTo(3);
        assertThat(limited.headers().firstValue(BoundedQueryProcessor.ROW_LIMIT_HEADER)).isEmpty();
        assertThat(ask.body()).contains("true");
    }
}
