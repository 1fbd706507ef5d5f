package org.policykg.ingest;

import java.util.Optional;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Statement;
import org.policykg.build.DocumentGraph;
import org.policykg.build.vocab.Pkg;
import org.policykg.store.KnowledgeStore;

/**
 * Finds a stored document read from a byte-identical file of another name. Storing the copy would
 * either double the document (if its name led to another IRI) or silently take over the other
 * file's graph, so the copy is skipped and reported instead. The same file re-ingested under its
 * own name is no copy: it is stored again, which changes nothing.
 */
final class StoredCopies {
    private static final String QUERY = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?source WHERE { GRAPH ?g { ?doc ?checksum ?sum ; dcterms:source ?source } FILTER(?source != ?own) }
            LIMIT 1""";

    Optional<String> copyOf(KnowledgeStore store, DocumentGraph graph) {
        Statement checksum = graph.model().listStatements(null, Pkg.checksum, (String) null).nextOptional().orElse(null);
        if (checksum == null) {
            return Optional.empty();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY);
        query.setIri("checksum", Pkg.checksum.getURI());
        query.setLiteral("sum", checksum.getString());
        query.setLiteral("own", graph.fileName());
        return store.read(ds -> {
            try (QueryExecution exec = QueryExecution.create(query.asQuery(), ds)) {
                var results = exec.execSelect();
                return results.hasNext() ? Optional.of(results.next()).map(QuerySolution.class::cast)
                        .map(s -> s.getLiteral("source").getString()) : Optional.<String>empty();
            }
        });
    }
}
