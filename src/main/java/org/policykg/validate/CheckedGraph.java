package org.policykg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The data graph as {@link ConformanceCheck}'s rules read it during one check, with what is found once:
 * whether it has any {@code rdfs:subClassOf} triple (without one, Jena's walks over subclasses, for the
 * instances of a target class and all the types of a node, find exactly the direct {@code rdf:type}s), and,
 * from ONE read of the graph's {@code rdf:type} triples, the shapes' classes each node is typed with (a bit
 * per class, numbered by {@link RuleCompiler}) and the instances of each. Validation does not change the
 * graph, so {@code graph.contains(node, rdf:type, class)} is exactly "the node's bit for the class is set",
 * and the subjects of {@code find(ANY, rdf:type, class)} are exactly the instances listed for it: every
 * triple with that predicate and object was read once, and a graph holds no triple twice.
 */
final class CheckedGraph {
    private static final Node TYPE = RDF.type.asNode();

    private final Graph graph;
    private final boolean flatClasses;
    private final Map<Node, long[]> types;
    private final List<List<Node>> instances;
    private final NodeNumbers predicateIds;

    private CheckedGraph(Graph graph, boolean flatClasses, int classCount, NodeNumbers predicateIds) {
        this.graph = graph;
        this.predicateIds = predicateIds;
        this.flatClasses = flatClasses;
        // about one subject in eight of a built graph's triples is typed: sized so, the map seldom grows
        this.types = new HashMap<>(graph.size() / 6 + 1);
        this.instances = new ArrayList<>(classCount);
        for (int i = 0; i < classCount; i++) {
            instances.add(new ArrayList<>());
        }
    }

    /**
     * The shapes' numbering of nodes, memoised (one per thread serves every check: see {@link NodeNumbers}).
     *
     * @param classBits the bit of each class the shapes name (at most 64, from 0)
     * @param classCount how many classes have a bit
     * @param predicateIds the number of each predicate the rules stream
     */
    record Numbers(NodeNumbers classBits, int classCount, NodeNumbers predicateIds) {
        static Numbers of(Map<Node, Integer> classBits, Map<Node, Integer> predicateIds) {
            return new Numbers(new NodeNumbers(classBits), classBits.size(), new NodeNumbers(predicateIds));
        }
    }

    static CheckedGraph of(Graph graph, Numbers numbers) {
        NodeNumbers bits = numbers.classBits();
        CheckedGraph checked = new CheckedGraph(graph, !graph.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY),
                numbers.classCount(), numbers.predicateIds());
        ExtendedIterator<Triple> typed = graph.find(Node.ANY, TYPE, Node.ANY);
        try {
            while (typed.hasNext()) {
                Triple t = typed.next();
                int bit = bits.get(t.getObject());
                if (bit >= 0) {
                    checked.addType(t.getSubject(), bit);
                }
            }
        } finally {
            typed.close();
        }
        return checked;
    }

    private void addType(Node subject, int bit) {
        long[] mask = types.get(subject);
        if (mask == null) {
            types.put(subject, new long[] {1L << bit});
        } else {
            mask[0] |= 1L << bit;
        }
        instances.get(bit).add(subject);
    }

    Graph graph() {
        return graph;
    }

    boolean flatClasses() {
        return flatClasses;
    }

    /** The predicate's number in the map given to {@link #of}, -1 if it has none. */
    int predicateId(Node predicate) {
        return predicateIds.get(predicate);
    }

    /** Whether the node has the class of this bit as a direct rdf:type. */
    boolean hasDirectType(int bit, Node node) {
        long[] mask = types.get(node);
        return mask != null && (mask[0] & 1L << bit) != 0;
    }

    /** The bits of the shapes' classes the node has as direct rdf:types (0: none). */
    long directTypes(Node node) {
        long[] mask = types.get(node);
        return mask == null ? 0 : mask[0];
    }

    /** The subjects typed with the class of this bit (each once). */
    List<Node> instances(int bit) {
        return instances.get(bit);
    }
}
