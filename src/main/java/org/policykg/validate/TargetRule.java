package org.policykg.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * One shape of the shapes graph with targets, as {@link RuleCompiler} compiled it: its targets and the
 * parts whose results would be violations. The property shapes on plain predicates are fed from ONE read
 * of the focus node's outgoing triples (Jena reads them once per property shape, into a set); the rest
 * (node tests, inverse paths, {@code sh:hasValue}) read what they need themselves.
 */
final class TargetRule {
    private final List<Target> targets;
    /** Per target, the bit of its class in {@link CheckedGraph} (-1 for a target not by class). */
    private final int[] targetBits;
    private final ShapeRule ownReads;
    private final PropertyRule[] streamed;
    /** How many of {@link #streamed} must each hold; the rest are alternatives of {@link #countOrs}. */
    private final int required;
    /** Per node-level sh:or of count-only alternatives, the indexes in {@link #streamed} of its alternatives. */
    private final int[][] countOrs;
    private final int[][] streamedByPredicate;

    /**
     * @param predicateIds the number of each predicate a streamed property shape reads, shared by all rules
     *        of one check; this rule adds its own predicates to it
     */
    /**
     * @param countOrs the node-level sh:or constraints whose alternatives are property shapes with an
     *        sh:minCount alone: each holds when one alternative's count holds, counted in the same read
     */
    TargetRule(List<Target> targets, int[] targetBits, List<NodeTest> nodeTests, List<PropertyRule> properties,
            List<PropertyRule[]> countOrs, Map<Node, Integer> predicateIds) {
        this.targets = List.copyOf(targets);
        this.targetBits = targetBits.clone();
        List<PropertyRule> own = new ArrayList<>();
        List<PropertyRule> fed = new ArrayList<>();
        for (PropertyRule p : properties) {
            (p.readsOutgoingOnly() ? fed : own).add(p);
        }
        this.ownReads = new ShapeRule(nodeTests, own);
        this.required = fed.size();
        this.countOrs = new int[countOrs.size()][];
        for (int i = 0; i < countOrs.size(); i++) {
            PropertyRule[] alternatives = countOrs.get(i);
            this.countOrs[i] = new int[alternatives.length];
            for (int j = 0; j < alternatives.length; j++) {
                this.countOrs[i][j] = fed.size();
                fed.add(alternatives[j]);
            }
        }
        this.streamed = fed.toArray(PropertyRule[]::new);
        this.streamedByPredicate = byPredicate(fed, predicateIds);
    }

    /** Per predicate number, the indexes of the streamed rules reading it (null: none of this rule's). */
    private static int[][] byPredicate(List<PropertyRule> rules, Map<Node, Integer> predicateIds) {
        for (PropertyRule rule : rules) {
            predicateIds.putIfAbsent(rule.predicate(), predicateIds.size());
        }
        int[][] byId = new int[predicateIds.size()][];
        for (int i = 0; i < rules.size(); i++) {
            int id = predicateIds.get(rules.get(i).predicate());
            int[] old = byId[id] == null ? new int[0] : byId[id];
            byId[id] = Arrays.copyOf(old, old.length + 1);
            byId[id][old.length] = i;
        }
        return byId;
    }

    boolean isEmpty() {
        return ownReads.isEmpty() && streamed.length == 0;
    }

    /**
     * Whether every focus node of every target conforms. A node in two targets is simply checked twice
     * (Jena takes the union as a set): the answer for a node does not depend on how it was reached.
     * In a graph without {@code rdfs:subClassOf} the instances of a target class are exactly the subjects
     * typed with it (Jena's walk down the subclasses finds the class alone), listed by {@link CheckedGraph};
     * otherwise Jena finds them.
     */
    boolean holdsEverywhere(CheckedGraph data) {
        Graph graph = data.graph();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            Node object = target.getObject();
            boolean holds = switch (target.getTargetType()) {
                case targetClass, implicitClass -> holdsAtAll(data, data.flatClasses()
                        ? data.instances(targetBits[i]) : target.getFocusNodes(graph));
                case targetSubjectsOf -> holdsAtAll(data, graph.find(Node.ANY, object, Node.ANY), true);
                case targetObjectsOf -> holdsAtAll(data, graph.find(Node.ANY, object, Node.ANY), false);
                case targetNode -> holdsAt(data, object);
                default -> false; // RuleCompiler compiles no other target: never "certain" about one
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private boolean holdsAtAll(CheckedGraph data, ExtendedIterator<Triple> triples, boolean subjects) {
        try {
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (!holdsAt(data, subjects ? t.getSubject() : t.getObject())) {
                    return false;
                }
            }
            return true;
        } finally {
            triples.close();
        }
    }

    private boolean holdsAtAll(CheckedGraph data, Iterable<Node> focusNodes) {
        for (Node focus : focusNodes) {
            if (!holdsAt(data, focus)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the shape's violation-severity parts record nothing at the focus node. */
    boolean holdsAt(CheckedGraph data, Node focus) {
        if (!ownReads.conforms(data, focus)) {
            return false;
        }
        if (streamed.length == 0) {
            return true;
        }
        int[] counts = new int[streamed.length];
        ExtendedIterator<Triple> out = data.graph().find(focus, Node.ANY, Node.ANY);
        try {
            while (out.hasNext()) {
                Triple t = out.next();
                int id = data.predicateId(t.getPredicate());
                int[] rules = id < 0 || id >= streamedByPredicate.length ? null : streamedByPredicate[id];
                if (rules == null) {
                    continue;
                }
                for (int i : rules) {
                    if (!streamed[i].valuePasses(data, t.getObject())) {
                        return false;
                    }
                    counts[i]++;
                }
            }
        } finally {
            out.close();
        }
        for (int i = 0; i < required; i++) {
            if (!streamed[i].countHolds(counts[i])) {
                return false;
            }
        }
        for (int[] alternatives : countOrs) {
            if (!anyCountHolds(alternatives, counts)) {
                return false;
            }
        }
        return true;
    }

    private boolean anyCountHolds(int[] alternatives, int[] counts) {
        for (int i : alternatives) {
            if (streamed[i].countHolds(counts[i])) {
                return true;
            }
        }
        return false;
    }
}
