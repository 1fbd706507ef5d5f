package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/** Every minted IRI answers at its path, as HTML or as RDF in the format asked for; others are 404. */
class ResourceNegotiationTest {
    static final String REGULATION = "https://w3id.org/policykg/regulation/国海发-2017-2";
    static Http http;
    static ServedSeeds served;

    @BeforeAll
    static void serve() {
        served = ServedSeeds.readOnly();
        http = served.http;
    }

    static String path(String iri) {
        return LocalPaths.ascii(iri.substring("https://w3id.org/policykg".length()));
    }

    static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @Test
    void aRegulationComesAsTurtleJsonLdRdfXmlOrNTriplesByAccept() {
        String p = path(REGULATION);
        for (var c : List.of(new Object[] {"text/turtle", Lang.TURTLE}, new Object[] {"application/ld+json", Lang.JSONLD},
                new Object[] {"application/rdf+xml", Lang.RDFXML}, new Object[] {"application/n-triples", Lang.NTRIPLES})) {
            HttpResponse<String> r = http.get(p, "Accept", (String) c[0]);
            assertThat(r.statusCode()).as((String) c[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith((String) c[0]);
            Model m = parse(r, (Lang) c[1]);
            assertThat(m.contains(m.createResource(REGULATION), m.createProperty("http://data.europa.eu/eli/ontology#id_local"), "国海发〔2017〕2号"))
                    .as((String) c[0]).isTrue();
        }
    }

    @Test
    void formatParameterAndBrowsersAcceptHeader() {
        String p = path(REGULATION);
        assertThat(http.get(p + "?format=nt").headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
        assertThat(http.get(p + "?format=jsonld").headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        HttpResponse<String> html = http.get(p, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("国海发〔2017〕2号", "海岸线保护与利用管理办法");
        assertThat(http.get(p).headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        // a raw (unencoded) path reaches the same IRI
        assertThat(http.get("/regulation/" + Http.encode("国海发-2017-2"), "Accept", "text/turtle").statusCode()).isEqualTo(200);
    }

    @Test
    void anIriNotInTheGraphIs404InEveryFormat() {
        HttpResponse<String> html = http.get("/document/no-such-document", "Accept", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("404", "未找到");
        assertThat(http.get("/document/no-such-document", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(http.get("/regulation/%E4%B8%8D%E5%AD%98%E5%9C%A8", "Accept", "application/ld+json").statusCode()).isEqualTo(404);
        assertThat(http.get("/no-such-page", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void everyKindOfMintedIriResolves() {
        // one node of each kind the graph mints (documents, their parts, regulations, bodies, graphs, vocabularies, the ontology)
        List<String> iris = served.store.store.read(ds -> {
            List<String> out = new java.util.ArrayList<>();
            String q = """
                    SELECT ?kind (SAMPLE(?x) AS ?iri) WHERE {
                      { ?x ?p ?o } UNION { GRAPH ?x { ?s ?p ?o } }
                      FILTER (isIRI(?x) && STRSTARTS(STR(?x), "https://w3id.org/policykg/"))
                      BIND (REPLACE(STR(?x), "^https://w3id.org/policykg/([^/#]+)(/[^/]+)?(/[^/0-9]+)?.*$", "$1$3") AS ?kind)
                    } GROUP BY ?kind""";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("iri").getURI()));
            }
            return out;
        });
        iris = new java.util.ArrayList<>(iris);
        iris.add("https://w3id.org/policykg/body/中华人民共和国/中共中央%E3%80%81国务院");
        iris.add("https://w3id.org/policykg/ontology");
        assertThat(iris.size()).isGreaterThan(10);
        for (String iri : iris) {
            String p = path(iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri);
            assertThat(http.get(p, "Accept", "text/html").statusCode()).as(iri + " → " + p).isEqualTo(200);
            HttpResponse<String> ttl = http.get(p, "Accept", "text/turtle");
            assertThat(ttl.statusCode()).as(iri).isEqualTo(200);
            assertThat(parse(ttl, Lang.TURTLE).size()).as(iri).isPositive();
        }
    }
}
