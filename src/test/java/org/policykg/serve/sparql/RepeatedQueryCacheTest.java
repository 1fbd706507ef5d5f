package org.policykg.serve.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/** Repeated SPARQL queries are answered from kept answers, and never with a stale or partial one. */
class RepeatedQueryCacheTest {
    static final String ALL_QUADS = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";
    static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    static final String ASK_TEST_GRAPH = "ASK { GRAPH <urn:test:added> { ?s ?p ?o } }";

    @RegisterExtension
    static final ServedSeeds.PerClass server = ServedSeeds.perClass(null);
    static Http http;

    @BeforeAll
    static void serve() {
        http = server.get().http;
    }

    static HttpResponse<String> query(String query, String accept) {
        return http.get("/ds/sparql?query=" + Http.encode(query), "Accept", accept);
    }

    @Test
    void aRepeatedQueryIsAnsweredAlikeInTheFormatEachRequestAsks() {
        HttpResponse<String> first = query(COUNT_QUADS, "text/csv");
        HttpResponse<String> again = query(COUNT_QUADS, "text/csv");
        HttpResponse<String> json = query(COUNT_QUADS, "application/sparql-results+json");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).startsWith("n\r\n");
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+json"));
        assertThat(json.body()).contains("\"n\"");
    }

    @Test
    void aWriteToTheStoreIsSeenByTheNextQuery() {
        assertThat(query(ASK_TEST_GRAPH, "application/sparql-results+json").body()).contains("false");

        Model added = ModelFactory.createDefaultModel();
        added.add(ResourceFactory.createResource("urn:test:s"), ResourceFactory.createProperty("urn:test:p"), "o");
        server.get().store.store.replaceGraph("urn:test:added", added);

        assertThat(query(ASK_TEST_GRAPH, "application/sparql-results+json").body()).contains("true");
    }

    @Test
    void anAnswerLargerThanWhatIsKeptIsStreamedWhole() {
        long quads = Long.parseLong(query(COUNT_QUADS, "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip());
        HttpResponse<String> all = query(ALL_QUADS, "application/n-triples");

        assertThat(all.body().length()).isGreaterThan(RepeatedQueryCache.LARGEST);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(all.body())).lang(Lang.NTRIPLES).parse(model);
        assertThat(model.size()).isPositive().isLessThanOrEqualTo(quads);
        assertThat(query(ALL_QUADS, "application/n-triples").body()).isEqualTo(all.body());
    }

    @Test
    void aQueryWhoseAnswerChangesFromRunToRunIsAlwaysExecuted() {
        String random = "SELECT (RAND() AS ?r) WHERE {}";

        assertThat(query(random, "text/csv").body()).isNotEqualTo(query(random, "text/csv").body());
    }
}
