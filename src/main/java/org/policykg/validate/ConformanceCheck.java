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
    private final Map<Node, Integer> classBits;
    private final Map<Node, Integer> predicateIds;
    /** Per thread, the memos of {@link #classBits} and {@link #predicateIds}: a document's nodes are mostly the last one's. */
    private final ThreadLocal<NodeNumbers[]> memos;

    ConformanceCheck(List<TargetRule> rules, boolean typedCitationEdges, Map<Node, Integer> classBits,
            Map<Node, Integer> predicateIds) {
        this.rules = List.copyOf(rules);
        this.typedCitationEdges = typedCitationEdges;
        this.classBits = Map.copyOf(classBits);
        this.predicateIds = Map.copyOf(predicateIds);
        this.memos = ThreadLocal.withInitial(
                () -> new NodeNumbers[] {new NodeNumbers(this.classBits), new NodeNumbers(this.predicateIds)});
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
            NodeNumbers[] memo = memos.get();
            CheckedGraph checked = CheckedGraph.of(data, memo[0], classBits.size(), memo[1]);
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
