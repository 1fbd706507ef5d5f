package org.policykg.validate;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A property shape compiled by {@link RuleCompiler}: a predicate read forwards (or, for
 * {@code sh:inversePath}, backwards), the cardinality and {@code sh:hasValue} of its value set, and the
 * tests each value must pass. A graph is a set of triples, so the objects of one subject and predicate
 * (the subjects of one predicate and object) are distinct: their count is the size of Jena's value-node
 * set without building the set.
 */
final class PropertyRule {
    private final Node predicate;
    private final boolean inverse;
    private final int minCount;
    private final int maxCount;
    private final Set<Node> hasValues;
    private final ValueTest[] valueTests;

    /** {@code minCount} and {@code maxCount} are -1 where the shape sets none. */
    PropertyRule(Node predicate, boolean inverse, int minCount, int maxCount, Set<Node> hasValues, List<ValueTest> valueTests) {
        this.predicate = predicate;
        this.inverse = inverse;
        this.minCount = minCount;
        this.maxCount = maxCount;
        this.hasValues = Set.copyOf(hasValues);
        this.valueTests = valueTests.toArray(ValueTest[]::new);
    }

    Node predicate() {
        return predicate;
    }

    /** Whether its values can be fed from one read of the focus node's outgoing triples. */
    boolean readsOutgoingOnly() {
        return !inverse && hasValues.isEmpty();
    }

    /** Whether one value passes every per-value constraint (Jena records a result per failing value). */
    boolean valuePasses(CheckedGraph data, Node value) {
        for (ValueTest test : valueTests) {
            if (!test.passes(data, value)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this many distinct values satisfy sh:minCount and sh:maxCount. */
    boolean countHolds(int count) {
        return (minCount < 0 || count >= minCount) && (maxCount < 0 || count <= maxCount);
    }

    /** Whether the shape records no result for the focus node, reading its values itself. */
    boolean conforms(CheckedGraph data, Node focus) {
        Graph graph = data.graph();
        ExtendedIterator<Triple> triples = inverse ? graph.find(Node.ANY, predicate, focus) : graph.find(focus, predicate, Node.ANY);
        int count = 0;
        int required = 0;
        try {
            while (triples.hasNext()) {
                Triple t = triples.next();
                Node value = inverse ? t.getSubject() : t.getObject();
                if (!valuePasses(data, value)) {
                    return false;
                }
                count++;
                if (hasValues.contains(value)) {
                    required++;
                }
            }
        } finally {
            triples.close();
        }
        return countHolds(count) && required == hasValues.size();
    }
}
