package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/** The saved-query API, the SHACL report and the health check of the served store. */
class SavedQueryApiTest {
    static final String NUMBER = "国海发〔2017〕2号";
    static Http http;

    @BeforeAll
    static void serve() {
        http = ServedSeeds.readOnly().http;
    }

    static HttpResponse<String> run(String name, Map<String, String> params, String... headers) {
        return http.get("/api/queries/" + name + (params.isEmpty() ? "" : "?" + Http.query(params)), headers);
    }

    static List<QuerySolution> json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<QuerySolution> rows = new java.util.ArrayList<>();
        ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void theListingShowsEverySavedQueryWithItsHeader() {
        HttpResponse<String> r = http.get("/api/queries");

        assertThat(r.statusCode()).isEqualTo(200);
        List<Map<String, Object>> queries = JsonPath.read(r.body(), "$");
        assertThat(queries).extracting(q -> q.get("name")).contains("citations", "cited-by", "citation-chains");
        Map<String, Object> citedBy = queries.stream().filter(q -> q.get("name").equals("cited-by")).findFirst().orElseThrow();
        assertThat(citedBy.get("title")).isEqualTo("Who cites a regulation");
        assertThat((String) citedBy.get("description")).contains("国海发〔2017〕2号");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> params = (List<Map<String, Object>>) citedBy.get("parameters");
        assertThat(params).extracting(p -> p.get("name")).containsExactly("number", "regulation");
        assertThat(params).extracting(p -> p.get("type")).containsExactly("string", "iri");
        assertThat(params).extracting(p -> p.get("optional")).containsOnly(true);
        assertThat((String) params.get(0).get("description")).contains("发文字号");
    }

    @Test
    void aParameterNarrowsASavedQueryToTheRegulationItNames() {
        List<QuerySolution> all = json(run("cited-by", Map.of()));
        List<QuerySolution> one = json(run("cited-by", Map.of("number", NUMBER)));

        assertThat(one).hasSize(2).allSatisfy(row -> assertThat(row.getLiteral("regulationNumber").getString()).isEqualTo(NUMBER));
        assertThat(one).extracting(row -> row.getLiteral("source").getString()).containsExactly(
                org.policykg.support.Seeds.NANTONG_2018, org.policykg.support.Seeds.WEIHAI_ETDZ);
        assertThat(all.size()).isGreaterThan(2);
    }

    @Test
    void resultsComeInTheFormatTheAcceptHeaderAsksFor() {
        HttpResponse<String> byDefault = run("cited-by", Map.of("number", NUMBER));
        HttpResponse<String> csv = run("cited-by", Map.of("number", NUMBER), "Accept", "text/csv");
        HttpResponse<String> tsv = run("cited-by", Map.of("number", NUMBER), "Accept", "text/tab-separated-values");
        HttpResponse<String> preferred = run("cited-by", Map.of("number", NUMBER), "Accept", "text/html;q=0.9, text/csv;q=0.5, */*;q=0.1");

        assertThat(byDefault.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).hasValue("regulation,regulationNumber,title,level,year,source,citingTitle,citingPlace");
        assertThat(csv.body().lines().count()).isEqualTo(3);
        assertThat(tsv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/tab-separated-values");
        assertThat(tsv.body().lines().findFirst().orElseThrow()).startsWith("?regulation\t?regulationNumber");
        assertThat(tsv.body()).contains("\"" + NUMBER + "\"");
        assertThat(preferred.body()).isEqualTo(csv.body());
    }

    @Test
    void aFormatTheQueryCannotBeWrittenInIsNotAcceptable() {
        HttpResponse<String> r = run("citations", Map.of(), "Accept", "image/png");

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("text/csv");
    }

    @Test
    void anInjectionAttemptInAParameterIsOnlyAValueThatMatchesNothing() {
        List<String> attempts = List.of(
                NUMBER + "\" || true || \"",
                "\") } UNION { ?doc ?p ?regulation } #",
                "x\" . ?doc ?p ?o . FILTER(\"\" = \"");

        for (String attempt : attempts) {
            HttpResponse<String> r = run("cited-by", Map.of("number", attempt), "Accept", "text/csv");
            // a number no regulation has is said to be unknown (issue 17), never run as query text
            assertThat(r.statusCode()).as(attempt).isEqualTo(400);
            assertThat((String) JsonPath.read(r.body(), "$.error")).as(attempt).contains("not in the store");
            assertThat(r.body()).doesNotContain("regulationNumber");
        }
    }

    @Test
    void aParameterOfTheWrongTypeIsABadRequestNamingIt() {
        HttpResponse<String> r = run("cited-by", Map.of("regulation", "not an IRI> } ; DROP ALL ; #"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(r.body(), "$.error")).contains("'regulation'").contains("IRI");
    }

    @Test
    void anUndeclaredParameterIsABadRequestNamingIt() {
        HttpResponse<String> r = run("citations", Map.of("year", "2017"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(r.body(), "$.error")).contains("'year'");
    }

    @Test
    void anUnknownQueryIsNotFound() {
        HttpResponse<String> r = run("no-such-query", Map.of());

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat((String) JsonPath.read(r.body(), "$.error")).contains("no-such-query");
    }

    @Test
    void queryNamesCannotReachFilesOutsideTheQueriesFolder() {
        List<String> names = List.of("..%2Fpom", "..%2F..%2Fpom.xml", "%2E%2E%2Fpom", "..%5Cpom", "cited-by.rq",
                "%2Fetc%2Fpasswd", "..%252Fpom", "citations%00");

        for (String name : names) {
            HttpResponse<String> r = http.get("/api/queries/" + name);
            assertThat(r.statusCode()).as(name).isBetween(400, 404);
            assertThat(r.body()).as(name).doesNotContain("<project").doesNotContain("root:");
        }
    }

    @Test
    void theValidationReportIsTurtleByDefaultAndJsonLdOnRequest() {
        HttpResponse<String> turtle = http.get("/api/validation");
        HttpResponse<String> jsonld = http.get("/api/validation", "Accept", "application/ld+json");

        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(jsonld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        Model fromTurtle = parse(turtle.body(), Lang.TURTLE);
        Model fromJsonLd = parse(jsonld.body(), Lang.JSONLD);
        var report = fromTurtle.createResource("http://www.w3.org/ns/shacl#ValidationReport");
        assertThat(fromTurtle.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, report).toList()).hasSize(1);
        assertThat(fromJsonLd.isIsomorphicWith(fromTurtle)).isTrue();
    }

    @Test
    void healthIsOkWithTheNumberOfGraphs() {
        HttpResponse<String> r = http.get("/health");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(r.body(), "$.status")).isEqualTo("ok");
        // five documents and the vocabularies
        assertThat((Integer) JsonPath.read(r.body(), "$.graphs")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theUploadRouteIsOffWhenNoAdminTokenIsConfigured() {
        HttpResponse<String> r = http.upload("/api/documents", "file", "doc.txt", "text".getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer anything");

        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void theApiIsOpenToPagesOfAnyOrigin() {
        HttpResponse<String> r = http.get("/api/queries", "Origin", "https://example.org");

        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void aRepeatedQuestionGetsTheFirstAnswerWithItsHeadersAndAnotherFormatIsAnotherAnswer() {
        Map<String, String> params = Map.of("number", NUMBER);
        HttpResponse<String> first = run("cited-by", params, "Accept", "text/tab-separated-values", "Origin", "https://example.org");
        HttpResponse<String> again = run("cited-by", params, "Accept", "text/tab-separated-values", "Origin", "https://example.org");
        HttpResponse<String> json = run("cited-by", params, "Accept", "application/json");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(again.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(List.of(first, again)).as("the answer depends on Accept")
                .allSatisfy(r -> assertThat(String.join(",", r.headers().allValues("Vary"))).contains("Accept"));
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).isNotEqualTo(first.body()).contains(NUMBER);
    }

    @Test
    void aKeptAnswerIsNotGivenToAQuestionWithABadParameter() {
        assertThat(run("cited-by", Map.of()).statusCode()).isEqualTo(200);

        HttpResponse<String> undeclared = run("cited-by", Map.of("nonsense", "1"));
        assertThat(undeclared.statusCode()).isEqualTo(400);
        assertThat(undeclared.body()).contains("nonsense");
    }

    private static Model parse(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(lang).parse(m);
        return m;
    }

    @Test
    void theValidationHeadersFollowValidatesRuleAndTheRawReportKeepsShaclsOwn() {
        HttpResponse<String> r = http.get("/api/validation");

        // the seeds have warnings only: validate exits 0, so the API says they conform
        assertThat(r.headers().firstValue("X-Conforms")).hasValue("true");
        assertThat(r.headers().firstValue("X-Validation").orElseThrow()).startsWith("conforms, with ").contains("warning");
        assertThat(r.headers().firstValue("X-SHACL-Conforms")).hasValue("false");
        assertThat(r.body()).contains("sh:conforms  false");
    }
}
