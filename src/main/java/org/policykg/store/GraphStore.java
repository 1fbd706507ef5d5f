package org.policykg.store;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.policykg.rdf.DocumentGraph;

/**
 * Where the knowledge graph lives: one named graph per document and one for the vocabularies, the
 * union of them the default graph of queries. {@link KnowledgeStore} (TDB2, the default) and
 * {@link RemoteStore} (any SPARQL 1.1 Query/Update/Graph Store service over HTTP) implement it.
 */
public interface GraphStore extends AutoCloseable {

    /** Stores or replaces one named graph (e.g. the vocabularies) as one unit. */
    void replaceGraph(String graphIri, Model model);

    /**
     * Runs {@code body}, which writes documents through the given writer, as one unit of work where the
     * store can: TDB2 runs it in one write transaction (all of it or nothing is stored); over HTTP each
     * document is its own request. If {@code body} throws, the caller may not assume any of its
     * documents was stored, and must retry them one by one to find the bad one.
     */
    void writeBatch(Consumer<DocumentWriter> body);

    /** Stores one document's graph as one unit, replacing the graph of the same document or file. */
    default void replaceDocument(DocumentGraph graph) {
        writeBatch(writer -> writer.replaceDocument(graph));
    }

    /**
     * Runs a query with its parameters bound as RDF terms (Jena's substitution, never text splicing)
     * and hands the execution to {@code action}, which must consume the results before returning.
     */
    <T> T query(Query query, Map<String, Node> bindings, Function<QueryExecution, T> action);

    /**
     * Hands the dataset of every named graph to {@code action} (export, whole-store validation; use
     * its union model). TDB2: inside a read transaction; over HTTP: a copy fetched
     * with one Graph Store Protocol GET of the dataset.
     */
    <T> T read(Function<org.apache.jena.query.Dataset, T> action);

    /**
     * Frees the space superseded writes left behind, where the store keeps it (TDB2 is copy-on-write);
     * false where there is nothing this client can do (a store over HTTP compacts itself, or is
     * compacted by its operator).
     */
    default boolean compact() {
        return false;
    }

    /** Quads in all named graphs. */
    long quadCount();

    /** Where the store is, for messages: a directory or an endpoint URL. */
    String location();

    @Override
    void close();
}
