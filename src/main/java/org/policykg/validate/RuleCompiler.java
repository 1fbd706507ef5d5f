package org.policykg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.impl.RDFLangString;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintTerm;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.HasValueConstraint;
import org.apache.jena.shacl.engine.constraint.InConstraint;
import org.apache.jena.shacl.engine.constraint.MaxCount;
import org.apache.jena.shacl.engine.constraint.MinCount;
import org.apache.jena.shacl.engine.constraint.NodeKindConstraint;
import org.apache.jena.shacl.engine.constraint.PatternConstraint;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.engine.constraint.ValueMaxExclusiveConstraint;
import org.apache.jena.shacl.engine.constraint.ValueMaxInclusiveConstraint;
import org.apache.jena.shacl.engine.constraint.ValueMinExclusiveConstraint;
import org.apache.jena.shacl.engine.constraint.ValueMinInclusiveConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Compiles Jena's parsed {@link Shapes} into the rules of {@link ConformanceCheck}. It knows a closed list
 * of constructs (node and property shapes, predicate and inverse paths, the targets Jena reads from the
 * data graph, and the constraints listed in {@link #nodeTest} and {@link #property}) and throws
 * {@link Unsupported} at the first thing it does not know, anywhere in the shapes: a new construct in
 * {@code shapes.ttl} makes the fast path step aside instead of answering without it. Every test either
 * repeats the pass condition of Jena's constraint or calls Jena's constraint itself.
 */
final class RuleCompiler {
    /** A construct the fast path does not evaluate. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /**
     * The context handed to Jena's per-term constraints ({@code ConstraintTerm.validate(context, node)}):
     * the allowed ones decide from the node alone and read the context only for the shapes' prefixes when
     * wording a failure, so one context over the shapes serves every data graph.
     */
    private final ValidationContext termContext;
    /** The classes of sh:class tests and class targets compiled so far, each with its bit in {@link CheckedGraph}. */
    private final Map<Node, Integer> classBits = new HashMap<>();
    /** The predicates the target rules stream, numbered for {@link CheckedGraph#predicateId}. */
    private final Map<Node, Integer> predicateIds = new HashMap<>();

    /** The classes compiled so far with their bits, for a {@link CheckedGraph} (tests read it too). */
    Map<Node, Integer> classBits() {
        return classBits;
    }

    RuleCompiler(Shapes shapes) {
        Graph empty = GraphFactory.createDefaultGraph();
        this.termContext = ValidationContext.create(shapes, empty);
    }

    /** The checker for all shapes with targets (the ones Jena validates), or Unsupported. */
    ConformanceCheck compile(Shapes shapes) throws Unsupported {
        List<TargetRule> rules = new ArrayList<>();
        boolean typedEdges = false;
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.deactivated()) {
                continue; // Jena's validateShape returns at once for a deactivated shape
            }
            if (isTypedCitationEdgeShape(shape)) {
                typedEdges = true;
                continue;
            }
            TargetRule rule = targetRule(shape);
            if (!rule.isEmpty()) {
                rules.add(rule);
            }
        }
        return new ConformanceCheck(rules, typedEdges, classBits(), predicateIds);
    }

    /** The one SPARQL constraint, read by {@link TypedCitationEdges} over the whole graph, exactly as {@code check} skips it. */
    private static boolean isTypedCitationEdgeShape(Shape shape) throws Unsupported {
        if (!shape.getShapeNode().equals(TypedCitationEdges.SHAPE)) {
            return false;
        }
        if (!(shape instanceof NodeShape) || !shape.getPropertyShapes().isEmpty() || shape.getConstraints().size() != 1
                || shape.getConstraints().iterator().next().getClass() != SparqlConstraint.class) {
            throw new Unsupported("the typed citation edge shape holds more than its SPARQL constraint: " + shape);
        }
        return true;
    }

    /**
     * A shape with targets, keeping only the parts whose results are violations (the pipeline refuses a
     * document for a violation only). A part of another severity is compiled all the same (an unknown
     * construct there steps aside too) and left out only if Jena's evaluation of it cannot throw, so that
     * leaving it out cannot hide an error Jena's check would raise.
     */
    private TargetRule targetRule(Shape shape) throws Unsupported {
        List<Target> targets = targets(shape);
        int[] targetBits = new int[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            boolean byClass = t.getTargetType() == TargetType.targetClass || t.getTargetType() == TargetType.implicitClass;
            targetBits[i] = byClass ? classBit(t.getObject()) : -1;
        }
        List<NodeTest> nodeTests = new ArrayList<>();
        List<PropertyRule> properties = new ArrayList<>();
        if (shape instanceof PropertyShape ps) {
            PropertyRule rule = property(ps);
            if (counts(ps) && rule != null) {
                properties.add(rule);
            }
            return new TargetRule(targets, targetBits, nodeTests, properties, List.of(), predicateIds);
        }
        if (!(shape instanceof NodeShape)) {
            throw new Unsupported("a shape that is neither a node nor a property shape: " + shape);
        }
        List<NodeTest> own = nodeTests(shape.getConstraints());
        List<PropertyRule[]> countOrs = new ArrayList<>();
        if (counts(shape)) {
            int i = 0;
            for (Constraint c : shape.getConstraints()) {
                PropertyRule[] counted = countOnlyAlternatives(c);
                if (counted != null) {
                    countOrs.add(counted);
                } else {
                    nodeTests.add(own.get(i));
                }
                i++;
            }
        }
        for (PropertyShape ps : shape.getPropertyShapes()) {
            PropertyRule rule = property(ps);
            if (rule != null && counts(ps)) {
                properties.add(rule);
            }
        }
        return new TargetRule(targets, targetBits, nodeTests, properties, countOrs, predicateIds);
    }

    /**
     * The alternatives of an {@code sh:or} on the focus node whose every alternative is an active property
     * shape on a plain predicate with an {@code sh:minCount} and no other constraint (it conforms exactly
     * when the focus node has that many values: {@link PropertyRule#conforms} with no value test, no
     * maximum and no {@code sh:hasValue}), so {@link TargetRule} answers it from its one read of the focus
     * node's triples; null for any other constraint.
     */
    private PropertyRule[] countOnlyAlternatives(Constraint c) throws Unsupported {
        if (c.getClass() != ShOr.class || ((ShOr) c).getOthers().isEmpty()) {
            return null;
        }
        List<PropertyRule> alternatives = new ArrayList<>();
        for (Shape s : ((ShOr) c).getOthers()) {
            if (!(s instanceof PropertyShape ps) || ps.deactivated() || !ps.getPropertyShapes().isEmpty()
                    || !(ps.getPath() instanceof P_Link)
                    || !ps.getConstraints().stream().allMatch(k -> k.getClass() == MinCount.class)) {
                return null;
            }
            PropertyRule rule = property(ps);
            if (!rule.readsOutgoingOnly()) {
                return null;
            }
            alternatives.add(rule);
        }
        return alternatives.toArray(PropertyRule[]::new);
    }

    /** Whether the shape's own results would count as violations (or might: a severity unknown here counts). */
    private static boolean counts(Shape shape) {
        Severity s = shape.getSeverity();
        if (s == Severity.Warning || s == Severity.Info) {
            return !Quiet.shape(shape);
        }
        return true;
    }

    private static List<Target> targets(Shape shape) throws Unsupported {
        for (Target t : shape.getTargets()) {
            switch (t.getTargetType()) {
                case targetClass, implicitClass, targetSubjectsOf, targetObjectsOf, targetNode -> {
                }
                default -> throw new Unsupported("target " + t);
            }
        }
        return new ArrayList<>(shape.getTargets());
    }

    /** A shape inside {@code sh:or} or {@code sh:not}: every result counts there, whatever its severity. */
    ShapeRule nested(Shape shape) throws Unsupported {
        if (shape.deactivated()) {
            return ShapeRule.EMPTY; // Jena's validateShape records nothing for a deactivated shape
        }
        if (shape instanceof PropertyShape ps) {
            return new ShapeRule(List.of(), List.of(property(ps)));
        }
        if (!(shape instanceof NodeShape)) {
            throw new Unsupported("a shape that is neither a node nor a property shape: " + shape);
        }
        List<PropertyRule> properties = new ArrayList<>();
        for (PropertyShape ps : shape.getPropertyShapes()) {
            PropertyRule rule = property(ps);
            if (rule != null) {
                properties.add(rule);
            }
        }
        return new ShapeRule(nodeTests(shape.getConstraints()), properties);
    }

    /** A property shape, or null if it is deactivated (Jena skips it). */
    private PropertyRule property(PropertyShape ps) throws Unsupported {
        if (!ps.getPropertyShapes().isEmpty()) {
            throw new Unsupported("a property shape with property shapes of its own: " + ps);
        }
        Path path = ps.getPath();
        boolean inverse = false;
        if (path instanceof P_Inverse inv) {
            path = inv.getSubPath();
            inverse = true;
        }
        if (!(path instanceof P_Link link)) {
            throw new Unsupported("path " + ps.getPath());
        }
        int min = -1;
        int max = -1;
        Set<Node> hasValues = new HashSet<>();
        List<ValueTest> valueTests = new ArrayList<>();
        for (Constraint c : ps.getConstraints()) {
            if (c.getClass() == MinCount.class) {
                min = Math.max(min, ((MinCount) c).getMinCount());
            } else if (c.getClass() == MaxCount.class) {
                int m = ((MaxCount) c).getMaxCount();
                max = max < 0 ? m : Math.min(max, m);
            } else if (c.getClass() == HasValueConstraint.class) {
                hasValues.add(((HasValueConstraint) c).getValue());
            } else if (c.getClass() == DatatypeConstraint.class) {
                // First: a literal ill-formed for its datatype fails here, before a range test would parse it
                // (Jena's NodeValue logs a warning for it; Jena's own check then logs it once, as today).
                valueTests.add(0, valueTest(c));
            } else {
                valueTests.add(valueTest(c)); // applied to each value node, as Jena's per-term constraints are
            }
        }
        return ps.deactivated() ? null : new PropertyRule(link.getNode(), inverse, min, max, hasValues, valueTests);
    }

    private List<NodeTest> nodeTests(Iterable<Constraint> constraints) throws Unsupported {
        List<NodeTest> tests = new ArrayList<>();
        for (Constraint c : constraints) {
            if (c.getClass() == HasValueConstraint.class) {
                Node value = ((HasValueConstraint) c).getValue();
                tests.add((data, node) -> node.equals(value)); // Jena's validateNodeShape: the focus node is the value
            } else {
                tests.add(valueTest(c)::passes); // a focus node is tested as a value node is (Jena's validateNodeShape)
            }
        }
        return tests;
    }

    /**
     * A constraint applied to each value node: the common ones as data ({@link ValueTest}), each kind
     * chosen where its pass condition is Jena's; any other through {@link #nodeTest}.
     */
    ValueTest valueTest(Constraint c) throws Unsupported {
        NodeTest general = nodeTest(c);
        if (c instanceof DatatypeConstraint dt && dt.getRDFDatatype() == RDFLangString.rdfLangString) {
            return ValueTest.literalOf(dt.getDatatypeURI());
        }
        if (c instanceof DatatypeConstraint dt && XSDDatatype.XSDinteger.getURI().equals(dt.getDatatypeURI())) {
            return ValueTest.plainIntegerOr(jenaTerm(dt));
        }
        if (c instanceof ValueMinInclusiveConstraint min && longBound(min)) {
            return ValueTest.atLeastOr(min.getNodeValue().getInteger().longValueExact(), jenaTerm(min));
        }
        if (c.getClass() == InConstraint.class) {
            return ValueTest.in(new HashSet<>(((InConstraint) c).getValues()));
        }
        long classes = classMask(c);
        return classes != 0 ? ValueTest.anyClassOr(classes, general) : ValueTest.general(general);
    }

    /**
     * The bits of the classes a node must have one of, for {@code sh:class} or an {@code sh:or} whose
     * every alternative is an active node shape holding one {@code sh:class} and nothing else (such an
     * alternative conforms exactly when its class test passes); 0 for any other constraint.
     */
    private long classMask(Constraint c) throws Unsupported {
        if (c.getClass() == ClassConstraint.class) {
            return 1L << classBit(((ClassConstraint) c).getExpectedClass());
        }
        if (c.getClass() != ShOr.class || ((ShOr) c).getOthers().isEmpty()) {
            return 0;
        }
        long mask = 0;
        for (Shape s : ((ShOr) c).getOthers()) {
            if (!(s instanceof NodeShape) || s.deactivated() || !s.getPropertyShapes().isEmpty()
                    || s.getConstraints().size() != 1
                    || s.getConstraints().iterator().next().getClass() != ClassConstraint.class) {
                return 0;
            }
            mask |= 1L << classBit(((ClassConstraint) s.getConstraints().iterator().next()).getExpectedClass());
        }
        return mask;
    }

    private NodeTest jenaTerm(ConstraintTerm term) {
        return (data, node) -> term.validate(termContext, node) == null;
    }

    private static boolean longBound(ValueMinInclusiveConstraint min) {
        return min.getNodeValue().isInteger() && min.getNodeValue().getInteger().bitLength() < Long.SIZE;
    }

    /** A constraint applied to one node, exactly as Jena applies it (to a focus node or to each value node). */
    NodeTest nodeTest(Constraint c) throws Unsupported {
        Class<?> kind = c.getClass();
        if (kind == ClassConstraint.class) {
            return classTest((ClassConstraint) c);
        }
        if (kind == ShOr.class) {
            List<ShapeRule> alternatives = new ArrayList<>();
            for (Shape s : ((ShOr) c).getOthers()) {
                alternatives.add(nested(s));
            }
            return (data, node) -> {
                for (ShapeRule alternative : alternatives) {
                    if (alternative.conforms(data, node)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (kind == ShNot.class) {
            ShapeRule negated = nested(((ShNot) c).getOther());
            return (data, node) -> !negated.conforms(data, node);
        }
        if (TERM_KINDS.contains(kind)) {
            return jenaTerm((ConstraintTerm) c);
        }
        throw new Unsupported("constraint " + c);
    }

    /**
     * Jena's {@code sh:class}: a literal never passes; a node typed with the class passes (the class is
     * among all its types); a node not typed with it fails in a graph without {@code rdfs:subClassOf}
     * (its types are its direct types); otherwise Jena's own test walks the subclasses.
     */
    private NodeTest classTest(ClassConstraint c) throws Unsupported {
        int bit = classBit(c.getExpectedClass());
        return (data, node) -> {
            if (node.isLiteral()) {
                return false;
            }
            if (data.hasDirectType(bit, node)) {
                return true;
            }
            return !data.flatClasses() && c.validate(termContext, data.graph(), node) == null;
        };
    }

    /** The class's bit in {@link CheckedGraph}'s type masks (a long: 64 classes at most). */
    private int classBit(Node clazz) throws Unsupported {
        Integer bit = classBits.get(clazz);
        if (bit != null) {
            return bit;
        }
        if (classBits.size() == Long.SIZE) {
            throw new Unsupported("more than " + Long.SIZE + " classes in targets and sh:class");
        }
        classBits.put(clazz, classBits.size());
        return classBits.size() - 1;
    }

    /** Jena's per-term constraints that decide from the node alone (the context words failures only). */
    private static final Set<Class<?>> TERM_KINDS = Set.of(DatatypeConstraint.class, NodeKindConstraint.class,
            InConstraint.class, PatternConstraint.class, ValueMinInclusiveConstraint.class, ValueMaxInclusiveConstraint.class,
            ValueMinExclusiveConstraint.class, ValueMaxExclusiveConstraint.class);

    /** Shapes whose evaluation by Jena cannot throw: comparisons of nodes and counts only. */
    private static final class Quiet {
        private static final Set<Class<?>> KINDS = Set.of(MinCount.class, MaxCount.class, HasValueConstraint.class,
                InConstraint.class, NodeKindConstraint.class, ClassConstraint.class);

        static boolean shape(Shape shape) {
            for (Constraint c : shape.getConstraints()) {
                if (!constraint(c)) {
                    return false;
                }
            }
            for (PropertyShape ps : shape.getPropertyShapes()) {
                if (!shape(ps)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean constraint(Constraint c) {
            if (c.getClass() == ShNot.class) {
                return shape(((ShNot) c).getOther());
            }
            if (c.getClass() == ShOr.class) {
                return ((ShOr) c).getOthers().stream().allMatch(Quiet::shape);
            }
            return KINDS.contains(c.getClass());
        }
    }
}
