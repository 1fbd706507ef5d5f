package org.policykg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/**
 * The data graph as {@link ConformanceCheck}'s rules read it, with one fact found once: whether it has
 * any {@code rdfs:subClassOf} triple. Without one, Jena's walks over subclasses (the instances of a
 * target class, all the types of a node for {@code sh:class}) find exactly the direct {@code rdf:type}s.
 */
record CheckedGraph(Graph graph, boolean flatClasses) {

    static CheckedGraph of(Graph graph) {
        return new CheckedGraph(graph, !graph.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY));
    }
}
