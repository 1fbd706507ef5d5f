package org.policykg.validate;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.vocabulary.RDF;

/**
 * Jena's {@code sh:or}, {@code sh:not} and {@code sh:class} with the same outcome for less work, put in
 * place of Jena's in a parsed {@link Shapes} (the pipeline's copy; the report page's is Jena's own).
 * Jena decides whether an {@code sh:or} alternative or an {@code sh:not} shape holds by building a whole
 * report, RDF model included, and asking it whether it has entries; the validation context already knows
 * ({@code hasViolation}: an entry was recorded), which is all that is asked. A node typed with the class
 * that {@code sh:class} expects has it among its types, so the walk up {@code rdfs:subClassOf} is not
 * needed to say yes. Every "no" (a result in the report) is left to Jena's own constraint, so the
 * report's messages are Jena's.
 */
final class QuickConstraints {
    private QuickConstraints() {
    }

    /** Replaces the constraints in place; the number replaced. */
    static int install(Shapes shapes) {
        Set<Shape> seen = new HashSet<>();
        int replaced = 0;
        for (Shape shape : shapes.getTargetShapes()) {
            replaced += install(shape, seen);
        }
        return replaced;
    }

    private static int install(Shape shape, Set<Shape> seen) {
        if (!seen.add(shape)) {
            return 0;
        }
        int replaced = 0;
        Collection<Constraint> constraints = shape.getConstraints();
        if (constraints instanceof List<Constraint> list) {
            for (int i = 0; i < list.size(); i++) {
                Constraint quick = quick(list.get(i));
                if (quick != list.get(i)) {
                    list.set(i, quick);
                    replaced++;
                }
            }
        }
        for (Constraint c : constraints) {
            if (c instanceof ConstraintOpN n) {
                for (Shape other : n.getOthers()) {
                    replaced += install(other, seen);
                }
            } else if (c instanceof ConstraintOp1 one) {
                replaced += install(one.getOther(), seen);
            }
        }
        for (Shape property : shape.getPropertyShapes()) {
            replaced += install(property, seen);
        }
        return replaced;
    }

    private static Constraint quick(Constraint c) {
        if (c.getClass() == ShOr.class) {
            return new QuickOr(((ShOr) c).getOthers());
        }
        if (c.getClass() == ShNot.class) {
            return new QuickNot(((ShNot) c).getOther());
        }
        if (c.getClass() == ClassConstraint.class) {
            return new QuickClass(((ClassConstraint) c).getExpectedClass());
        }
        return c;
    }

    /** Whether the shape holds for the node: validated in a context of its own that records nothing. */
    private static boolean holds(ValidationContext vCxt, Graph data, Shape shape, Node node) {
        ValidationContext inner = ValidationContext.create(vCxt);
        ValidationProc.execValidateShape(inner, data, shape, node);
        return !inner.hasViolation();
    }

    static final class QuickOr extends ShOr {
        QuickOr(List<Shape> others) {
            super(others);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            for (Shape shape : others) {
                if (holds(vCxt, data, shape, node)) {
                    return null;
                }
            }
            return super.validate(vCxt, data, node);
        }
    }

    static final class QuickNot extends ShNot {
        QuickNot(Shape other) {
            super(other);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return holds(vCxt, data, other, node) ? super.validate(vCxt, data, node) : null;
        }
    }

    static final class QuickClass extends ClassConstraint {
        QuickClass(Node expectedClass) {
            super(expectedClass);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            if (!node.isLiteral() && data.contains(node, RDF.type.asNode(), getExpectedClass())) {
                return null;
            }
            return super.validate(vCxt, data, node);
        }
    }
}
