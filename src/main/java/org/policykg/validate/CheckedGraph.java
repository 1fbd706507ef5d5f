package org.policykg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The data graph as {@link ConformanceCheck}'s rules read it during one check, with what is found once:
 * whether it has any {@code rdfs:subClassOf} triple (without one, Jena's walks over subclasses, for the
 * instances of a target class and all the types of a node, find exactly the direct {@code rdf:type}s), and
 * per {@code sh:class} test the last node found typed with its class (every sentence, task … of a
 * document names the same document; validation does not change the graph, so a type found stays found).
 */
final class CheckedGraph {
    private static final Node TYPE = RDF.type.asNode();

    private final Graph graph;
    private final boolean flatClasses;
    private final Node[] lastTyped;

    private CheckedGraph(Graph graph, boolean flatClasses, int classTests) {
        this.graph = graph;
        this.flatClasses = flatClasses;
        this.lastTyped = new Node[classTests];
    }

    static CheckedGraph of(Graph graph, int classTests) {
        return new CheckedGraph(graph, !graph.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY), classTests);
    }

    Graph graph() {
        return graph;
    }

    boolean flatClasses() {
        return flatClasses;
    }

    /** Whether the node has the class as a direct rdf:type; {@code test} numbers the sh:class test asking. */
    boolean hasDirectType(int test, Node node, Node clazz) {
        if (node.equals(lastTyped[test])) {
            return true;
        }
        if (graph.contains(node, TYPE, clazz)) {
            lastTyped[test] = node;
            return true;
        }
        return false;
    }
}
