package org.policykg.serve.web.resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.policykg.rdf.Prefixes;
import org.policykg.serve.web.PageQueries;
import org.policykg.serve.web.PageQueries.Row;
import org.policykg.serve.web.Terms;
import org.springframework.stereotype.Component;

/** The nodes and named graphs of the store, looked up by IRI, for the resource pages. */
@Component
public class Resources {
    private final PageQueries queries;

    public Resources(PageQueries queries) {
        this.queries = queries;
    }

    /** The first of the candidate IRIs that the graph holds. */
    public Optional<String> find(List<String> candidates) {
        return candidates.stream().filter(this::exists).findFirst();
    }

    public boolean exists(String iri) {
        return queries.ask("resource/exists.rq", Map.of("iri", Terms.iri(iri)));
    }

    public boolean isGraph(String iri) {
        return queries.ask("resource/is-graph.rq", Map.of("iri", Terms.iri(iri)));
    }

    /** The resource's triples (a named graph's content, for a graph name), with the usual prefixes. */
    public Model rdf(String iri) {
        Model m = queries.construct(isGraph(iri) ? "resource/graph.rq" : "resource/describe.rq", Map.of("iri", Terms.iri(iri)));
        Prefixes.apply(m);
        return m;
    }

    public Row summary(String iri) {
        List<Row> rows = queries.select("resource/summary.rq", Map.of("iri", Terms.iri(iri)));
        return rows.isEmpty() ? new Row() : rows.get(0);
    }

    public List<Row> outgoing(String iri) {
        return queries.select("resource/outgoing.rq", Map.of("iri", Terms.iri(iri)));
    }

    public List<Row> incoming(String iri) {
        return queries.select("resource/incoming.rq", Map.of("iri", Terms.iri(iri)));
    }

    public Row graphSummary(String iri) {
        List<Row> rows = queries.select("resource/graph-summary.rq", Map.of("iri", Terms.iri(iri)));
        return rows.isEmpty() ? new Row() : rows.get(0);
    }

    public List<Row> ontologyTerms(String iri) {
        return queries.select("resource/ontology-terms.rq", Map.of("iri", Terms.iri(iri)));
    }
}
