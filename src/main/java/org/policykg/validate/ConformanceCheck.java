package org.policykg.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;

/**
 * A fast "certainly no violation" for a document's graph, compiled once from the parsed shapes by
 * {@link RuleCompiler}. Only "yes" is an answer: "no" means "ask Jena" ({@link ShaclCheck#check}), so a
 * graph with a result gets Jena's report, order and messages. Jena validates each focus node against each
 * property shape with its general machinery (value nodes gathered into a set per property shape, listener
 * events, report items); this reads each focus node's outgoing triples once and applies the same tests.
 */
final class ConformanceCheck {
    private final List<TargetRule> rules;
    private final boolean typedCitationEdges;
    /** Per thread, the shapes' numbering of classes and predicates memoised: a document's nodes are mostly the last one's. */
    private final ThreadLocal<CheckedGraph.Numbers> numbers;

    ConformanceCheck(List<TargetRule> rules, boolean typedCitationEdges, Map<Node, Integer> classBits,
            Map<Node, Integer> predicateIds) {
        this.rules = List.copyOf(rules);
        this.typedCitationEdges = typedCitationEdges;
        Map<Node, Integer> bits = Map.copyOf(classBits);
        Map<Node, Integer> ids = Map.copyOf(predicateIds);
        this.numbers = ThreadLocal.withInitial(() -> CheckedGraph.Numbers.of(bits, ids));
    }

    /** The check for the shapes, or empty if they use a construct the compiler does not know. */
    static Optional<ConformanceCheck> compile(Shapes shapes) {
        try {
            return Optional.of(new RuleCompiler(shapes).compile(shapes));
        } catch (RuleCompiler.Unsupported e) {
            return Optional.empty();
        }
    }

    /**
     * True only if Jena's validation of the graph would record no violation. An exception on the way
     * (data Jena's constraints cannot handle) is "not certain": Jena's check then meets the same data.
     */
    boolean certainlyNoViolation(Graph data) {
        try {
            if (typedCitationEdges && !TypedCitationEdges.allCited(data)) {
                return false;
            }
            CheckedGraph checked = CheckedGraph.of(data, numbers.get());
            for (TargetRule rule : rules) {
                if (!rule.holdsEverywhere(checked)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
