package org.policykg.store;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.policykg.rdf.vocab.PolicyOntology;

/**
 * Finds a stored document read from a byte-identical file of another name. Storing the copy would
 * either double the document (if its name led to another IRI) or silently take over the other
 * file's graph, so the copy is skipped and reported instead. The same file re-ingested under its
 * own name is no copy: it is stored again, which changes nothing.
 */
final class StoredCopyQuery {
    private static final String QUERY = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?source WHERE { GRAPH ?g { ?doc ?checksum ?sum ; dcterms:source ?source } FILTER(?source != ?own) }
            LIMIT 1""";

    /** Parsed once: the writer asks for every document it stores, and parsing cost as much as answering. */
    private static final Query TEMPLATE = QueryFactory.create(QUERY);

    private StoredCopyQuery() {
    }

    static Query of(String checksum, String ownFileName) {
        return QueryTransformOps.replaceVars(TEMPLATE, Map.of(
                Var.alloc("checksum"), PolicyOntology.checksum.asNode(),
                Var.alloc("sum"), NodeFactory.createLiteralString(checksum),
                Var.alloc("own"), NodeFactory.createLiteralString(ownFileName)));
    }

    static Optional<String> first(QueryExecution exec) {
        ResultSet results = exec.execSelect();
        return results.hasNext() ? Optional.of(results.next().getLiteral("source").getString()) : Optional.empty();
    }
}
