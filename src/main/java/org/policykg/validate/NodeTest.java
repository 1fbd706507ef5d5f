package org.policykg.validate;

import org.apache.jena.graph.Node;

/**
 * One constraint of a compiled shape applied to one node (a focus node, or a value node of a property
 * shape): true exactly when Jena's constraint records no result for that node.
 */
@FunctionalInterface
interface NodeTest {
    boolean passes(CheckedGraph data, Node node);
}
