package org.policykg.validate;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * One per-value constraint of a property shape compiled to data by {@link RuleCompiler}: the common
 * tests are answered by a switch on their kind, in this class, where the JIT sees all of them; the rest
 * go through a {@link NodeTest}. Every value of every property shape passes through here, and an array of
 * lambdas of many classes made each call a megamorphic interface call nothing could inline.
 * Each kind repeats the pass condition of Jena's constraint (see the factory methods); {@code passes}
 * is true exactly when the constraint's {@link NodeTest} of the general path is.
 */
final class ValueTest {
    private static final int LITERAL_OF = 0;
    private static final int PLAIN_INTEGER_OR = 1;
    private static final int AT_LEAST_OR = 2;
    private static final int ANY_CLASS_OR = 3;
    private static final int IN = 4;
    private static final int GENERAL = 5;

    private final int kind;
    private final String datatypeUri;
    private final long bound;
    private final long classMask;
    private final Set<Node> values;
    /** The general test: the whole test for GENERAL, the fallback for the kinds ending in OR. */
    private final NodeTest general;

    private ValueTest(int kind, String datatypeUri, long bound, long classMask, Set<Node> values, NodeTest general) {
        this.kind = kind;
        this.datatypeUri = datatypeUri;
        this.bound = bound;
        this.classMask = classMask;
        this.values = values;
        this.general = general;
    }

    /**
     * Jena's {@code sh:datatype} for a datatype whose every lexical form is valid (rdf:langString, whose
     * {@code parse} returns the lexical form and so never throws): Jena's test is then "a literal with
     * that datatype URI", its {@code isValid} call always true.
     */
    static ValueTest literalOf(String datatypeUri) {
        return new ValueTest(LITERAL_OF, datatypeUri, 0, 0, null, null);
    }

    /** {@code sh:datatype xsd:integer}: a plain integer ({@link PlainIntegers}) passes, any other node asks Jena. */
    static ValueTest plainIntegerOr(NodeTest jena) {
        return new ValueTest(PLAIN_INTEGER_OR, null, 0, 0, null, jena);
    }

    /** An integer {@code sh:minInclusive}: a plain integer at or above the bound passes, any other node asks Jena. */
    static ValueTest atLeastOr(long bound, NodeTest jena) {
        return new ValueTest(AT_LEAST_OR, null, bound, 0, null, jena);
    }

    /**
     * {@code sh:class C}, or {@code sh:or} of shapes each holding only an {@code sh:class}: in a graph
     * without {@code rdfs:subClassOf} a node passes exactly when it is no literal and is directly typed with
     * one of the classes (see {@link RuleCompiler}'s class test); in any other graph the general test runs.
     */
    static ValueTest anyClassOr(long classMask, NodeTest general) {
        return new ValueTest(ANY_CLASS_OR, null, 0, classMask, null, general);
    }

    /** Jena's {@code sh:in}: the node is one of the values (Jena asks {@code List.contains}, by equals). */
    static ValueTest in(Set<Node> values) {
        return new ValueTest(IN, null, 0, 0, Set.copyOf(values), null);
    }

    static ValueTest general(NodeTest test) {
        return new ValueTest(GENERAL, null, 0, 0, null, test);
    }

    boolean passes(CheckedGraph data, Node node) {
        return switch (kind) {
            case LITERAL_OF -> node.isLiteral() && datatypeUri.equals(node.getLiteralDatatypeURI());
            case PLAIN_INTEGER_OR -> PlainIntegers.value(node) != PlainIntegers.NONE || general.passes(data, node);
            case AT_LEAST_OR -> {
                long value = PlainIntegers.value(node);
                yield value != PlainIntegers.NONE && value >= bound || general.passes(data, node);
            }
            case ANY_CLASS_OR -> data.flatClasses()
                    ? !node.isLiteral() && (data.directTypes(node) & classMask) != 0
                    : general.passes(data, node);
            case IN -> values.contains(node);
            default -> general.passes(data, node);
        };
    }
}
