package org.policykg.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The one SPARQL constraint of the shapes ({@code pks:TypedCitationEdgeShape}: every typed citation edge
 * is also an {@code eli:cites} edge) read as plain graph lookups. Jena plans and runs the constraint's
 * query once per focus node, which cost a quarter of a document's validation; a graph in which every
 * typed edge has its {@code eli:cites} twin gives the query no row for any focus node, so the shape
 * adds nothing to the report and may be left out. A graph with a missing twin is validated with the
 * shape, so its report (message and all) is Jena's. {@code ShaclCheckTest} holds the query text to
 * the one read here.
 */
final class TypedCitationEdges {
    static final Node SHAPE = NodeFactory.createURI("https://w3id.org/policykg/shapes#TypedCitationEdgeShape");
    private static final Node CITES = NodeFactory.createURI("http://data.europa.eu/eli/ontology#cites");
    private static final List<Node> TYPED = List.of(
            NodeFactory.createURI("http://data.europa.eu/eli/ontology#based_on"),
            NodeFactory.createURI("http://data.europa.eu/eli/ontology#implements"),
            NodeFactory.createURI("http://purl.org/dc/terms/conformsTo"),
            NodeFactory.createURI("https://w3id.org/policykg/ontology#plans"));

    private TypedCitationEdges() {
    }

    /** Whether every typed citation edge of the graph has an {@code eli:cites} edge between the same nodes. */
    static boolean allCited(Graph data) {
        for (Node typed : TYPED) {
            ExtendedIterator<Triple> edges = data.find(Node.ANY, typed, Node.ANY);
            try {
                while (edges.hasNext()) {
                    Triple t = edges.next();
                    if (!data.contains(t.getSubject(), CITES, t.getObject())) {
                        return false;
                    }
                }
            } finally {
                edges.close();
            }
        }
        return true;
    }
}
