package org.policykg.validate;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A shape compiled by {@link RuleCompiler}: the tests of its own constraints on the focus node and its
 * property shapes. {@link #conforms} is true exactly when Jena's validation of the shape at the node
 * records no result of any severity, which is what {@code sh:or} and {@code sh:not} ask of a shape.
 */
final class ShapeRule {
    static final ShapeRule EMPTY = new ShapeRule(List.of(), List.of());

    // Arrays, not lists: this runs for every focus node and every value of an sh:or.
    private final NodeTest[] nodeTests;
    private final PropertyRule[] properties;

    ShapeRule(List<NodeTest> nodeTests, List<PropertyRule> properties) {
        this.nodeTests = nodeTests.toArray(NodeTest[]::new);
        this.properties = properties.toArray(PropertyRule[]::new);
    }

    boolean conforms(CheckedGraph data, Node focus) {
        for (NodeTest test : nodeTests) {
            if (!test.passes(data, focus)) {
                return false;
            }
        }
        for (PropertyRule property : properties) {
            if (!property.conforms(data, focus)) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return nodeTests.length == 0 && properties.length == 0;
    }
}
