package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.support.Seeds;

/** The public SPARQL endpoint: Fuseki over the served TDB2 store, read-only, with a time limit. */
class SparqlEndpointTest {
    static final String PREFIXES = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    static final String DOCUMENTS = PREFIXES
            + "SELECT ?source WHERE { ?d a pkg:PolicyDocument ; dcterms:source ?source } ORDER BY ?source";
    static final String DOCUMENT_SOURCES = PREFIXES
            + "CONSTRUCT { ?d dcterms:source ?source } WHERE { ?d a pkg:PolicyDocument ; dcterms:source ?source }";
    static final List<String> SEEDS = List.of(Seeds.NANTONG_2018, Seeds.NANTONG_ETDZ, Seeds.JIAXING_PORT, Seeds.WEIHAI_ETDZ, Seeds.GANZHOU);
    static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"injected\" } }";
    static final String COUNT_INJECTED = "ASK { GRAPH ?g { ?s ?p \"injected\" } }";

    static ServedSeeds served;
    static Http http;

    @BeforeAll
    static void serve() {
        served = ServedSeeds.readOnly();
        http = served.http;
    }

    static HttpResponse<String> select(String query, String accept) {
        return http.get("/ds/sparql?query=" + Http.encode(query), "Accept", accept);
    }

    static List<String> sources(ResultSet results) {
        List<String> out = new java.util.ArrayList<>();
        results.forEachRemaining(b -> out.add(b.get("source").asLiteral().getString()));
        return out;
    }

    @Test
    void aSelectAnswersInSparqlJsonFromTheUnionOfAllDocumentGraphs() {
        HttpResponse<String> r = select(DOCUMENTS, "application/sparql-results+json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+json"));
        assertThat(sources(ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes()), ResultSetLang.RS_JSON)))
                .containsExactlyElementsOf(SEEDS.stream().sorted().toList());
    }

    @Test
    void aSelectAnswersInSparqlXml() {
        HttpResponse<String> r = select(DOCUMENTS, "application/sparql-results+xml");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sparql-results+xml"));
        assertThat(sources(ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes()), ResultSetLang.RS_XML)))
                .containsExactlyElementsOf(SEEDS.stream().sorted().toList());
    }

    @Test
    void aSelectAnswersInCsvWithAHeaderAndOneLinePerRow() {
        HttpResponse<String> r = select(DOCUMENTS, "text/csv");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.body().lines().toList()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("source"), SEEDS.stream().sorted()).toList());
    }

    @Test
    void aSelectAnswersInTsvWithRdfTerms() {
        HttpResponse<String> r = select(DOCUMENTS, "text/tab-separated-values");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/tab-separated-values"));
        assertThat(r.body().lines().toList()).containsExactlyElementsOf(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("?source"), SEEDS.stream().sorted().map(s -> "\"" + s + "\"")).toList());
    }

    @Test
    void aQueryCanBePostedAsAFormAndAsASparqlQueryBody() {
        HttpResponse<String> form = http.post("/ds/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.encode(DOCUMENTS), "Accept", "text/csv");
        HttpResponse<String> direct = http.post("/ds/query", "application/sparql-query", DOCUMENTS, "Accept", "text/csv");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(form.body().lines().count()).isEqualTo(SEEDS.size() + 1);
        assertThat(direct.body()).isEqualTo(form.body());
    }

    @Test
    void aConstructAnswersInTurtleJsonLdNTriplesAndRdfXml() {
        for (var format : Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML).entrySet()) {
            HttpResponse<String> r = select(DOCUMENT_SOURCES, format.getKey());

            assertThat(r.statusCode()).as(format.getKey()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(format.getKey())
                    .hasValueSatisfying(t -> assertThat(t).startsWith(format.getKey()));
            Model model = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(r.body())).lang(format.getValue()).parse(model);
            assertThat(model.size()).as(format.getKey()).isEqualTo(SEEDS.size());
        }
    }

    @Test
    void aNamedGraphCanBeReadWithTheGraphStoreProtocol() {
        String graph = ResultSetFactory.copyResults(ResultSetMgr.read(new java.io.ByteArrayInputStream(select(PREFIXES
                + "SELECT ?g WHERE { GRAPH ?g { ?d dcterms:source \"" + Seeds.GANZHOU + "\" } } LIMIT 1",
                "application/sparql-results+json").body().getBytes()), ResultSetLang.RS_JSON)).next().getResource("g").getURI();

        HttpResponse<String> r = http.get("/ds/get?graph=" + Http.encode(graph), "Accept", "application/n-triples");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"" + Seeds.GANZHOU + "\"").doesNotContain("\"" + Seeds.NANTONG_2018 + "\"");
        assertThat(r.body().lines()).hasSizeGreaterThan(100).allMatch(line -> line.endsWith(" ."));
    }

    @Test
    void sparqlUpdateIsRefusedOnEveryPathAndChangesNothing() {
        List<HttpResponse<String>> attempts = List.of(
                http.post("/ds/sparql", "application/x-www-form-urlencoded", "update=" + Http.encode(INSERT)),
                http.post("/ds/sparql", "application/sparql-update", INSERT),
                http.post("/ds/update", "application/sparql-update", INSERT),
                http.post("/ds", "application/sparql-update", INSERT),
                http.post("/ds", "application/x-www-form-urlencoded", "update=" + Http.encode(INSERT)));

        assertThat(attempts).allSatisfy(r -> assertThat(r.statusCode()).as(r.request().uri() + " " + r.body()).isBetween(400, 499));
        assertThat(select(COUNT_INJECTED, "application/sparql-results+json").body()).contains("\"boolean\" : false");
    }

    @Test
    void graphStoreWritesAreRefusedAndChangeNothing() {
        String turtle = "<urn:x:s> <urn:x:p> \"injected\" .";
        List<HttpResponse<String>> attempts = List.of(
                http.put("/ds/get?graph=" + Http.encode("urn:x:g"), "text/turtle", turtle),
                http.post("/ds/get?graph=" + Http.encode("urn:x:g"), "text/turtle", turtle),
                http.put("/ds?graph=" + Http.encode("urn:x:g"), "text/turtle", turtle),
                http.post("/ds?default", "text/turtle", turtle),
                http.post("/ds", "text/turtle", turtle),
                http.post("/ds/data", "text/turtle", turtle),
                http.post("/ds/upload", "text/turtle", turtle),
                http.delete("/ds/get?graph=" + Http.encode(served.store.iris.vocabularyGraph())));

        assertThat(attempts).allSatisfy(r -> assertThat(r.statusCode()).as(r.request().method() + " " + r.request().uri()).isBetween(400, 499));
        assertThat(select(COUNT_INJECTED, "application/sparql-results+json").body()).contains("\"boolean\" : false");
        boolean vocabularies = served.store.store.read(ds -> ds.containsNamedModel(served.store.iris.vocabularyGraph()));
        assertThat(vocabularies).isTrue();
    }

    @Test
    void anExpensiveQueryIsCutAtTheTimeLimitWhileOtherQueriesStillAnswer() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> expensive = CompletableFuture.supplyAsync(() -> select(crossProduct, "text/csv"));
        Thread.sleep(300);

        HttpResponse<String> meanwhile = select(DOCUMENTS, "text/csv");
        assertThat(meanwhile.statusCode()).isEqualTo(200);
        assertThat(expensive).isNotDone();

        HttpResponse<String> cut = expensive.get(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(cut.statusCode()).as(cut.body()).isEqualTo(503);
        assertThat(seconds).isBetween(ServedSeeds.TIMEOUT.toMillis() / 1000.0 * 0.9, ServedSeeds.TIMEOUT.toMillis() / 1000.0 + 10);

        assertThat(http.get("/health").statusCode()).isEqualTo(200);
        assertThat(select(DOCUMENTS, "text/csv").body().lines().count()).isEqualTo(SEEDS.size() + 1);
    }

    @Test
    void queriesAreOpenToPagesOfAnyOrigin() {
        HttpResponse<String> get = http.get("/ds/sparql?query=" + Http.encode(DOCUMENTS), "Origin", "https://yasgui.example.org");
        HttpResponse<String> preflight = http.options("/ds/sparql", "Origin", "https://yasgui.example.org",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");

        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST").contains("GET");
    }
}
