package org.policykg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphFactory;

/** SHACL validation with the shapes of {@code ontology/shapes.ttl}, parsed once. */
public final class ShaclCheck {
    private static final String SHAPES = "/ontology/shapes.ttl";
    private static volatile Shapes shapes;
    /** The fast "no violation" compiled from {@link #shapes}; empty if they use a construct it does not know. */
    private static volatile Optional<ConformanceCheck> conformance;

    /** Jena's full report, its RDF model included (for the report page, the API and {@code policykg validate}). */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    /**
     * The same results as {@link #validate} in the same order, for a caller that reads only the entries
     * (one document on its way to the store): Jena's plain validation done step by step, so that a graph
     * without any result costs no report model (the shared empty report stands for it), and the SPARQL
     * constraint left out where {@link TypedCitationEdges} shows it can have no result. The pipeline
     * reaches it only for a graph {@link ConformanceCheck} could not clear, so it uses Jena's own constraints.
     */
    public ValidationReport check(Graph data) {
        Shapes all = shapes();
        boolean skipTypedEdges = TypedCitationEdges.allCited(data);
        ValidationContext context = ValidationContext.create(all, data);
        for (Shape shape : all.getTargetShapes()) {
            if (skipTypedEdges && shape.getShapeNode().equals(TypedCitationEdges.SHAPE)) {
                continue;
            }
            for (Node focus : VLib.focusNodes(data, shape)) {
                VLib.validateShape(context, data, shape, focus);
            }
        }
        return context.hasViolation() ? context.generateReport() : ValidationReport.reportConformsTrue();
    }

    /**
     * For a caller that counts violations only (the pipeline, which refuses a document for a violation):
     * the shared empty report where {@link ConformanceCheck} shows the graph has no violation, else
     * {@link #check}'s report. A graph that conforms with warnings gets the empty report, which refuses
     * it no more than the warnings did; a graph with a violation gets Jena's entries, warnings included.
     */
    public ValidationReport checkViolations(Graph data) {
        Optional<ConformanceCheck> fast = conformance();
        if (fast.isPresent() && fast.get().certainlyNoViolation(data)) {
            return ValidationReport.reportConformsTrue();
        }
        return check(inGraphMem2Order(data));
    }

    /**
     * The graph as a {@code GraphMem2Fast} holds it. Jena's report lists a shape's focus nodes as a hash set
     * yields them, and nodes sharing a bucket in the order the graph gave them; a document's graph (rdf's
     * {@code DocumentGraphMem}) gives its triples in the order they were added, GraphMem2Fast in an order of
     * its own. The same triples added in the order of adding to a new GraphMem2Fast give the state, so the
     * order and the report, of the GraphMem2Fast documents were built in before; only a graph with a
     * possible violation is copied.
     */
    private static Graph inGraphMem2Order(Graph data) {
        if (data instanceof GraphMem2Fast) {
            return data;
        }
        Graph copy = GraphMemFactory.createGraphMem2();
        data.find().forEachRemaining(copy::add);
        return copy;
    }

    private static Optional<ConformanceCheck> conformance() {
        if (conformance == null) {
            synchronized (ShaclCheck.class) {
                if (conformance == null) {
                    conformance = ConformanceCheck.compile(shapes());
                }
            }
        }
        return conformance;
    }

    private static Shapes shapes() {
        if (shapes == null) {
            synchronized (ShaclCheck.class) {
                if (shapes == null) {
                    shapes = parse();
                }
            }
        }
        return shapes;
    }

    private static Shapes parse() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShaclCheck.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHAPES);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Shapes.parse(g);
    }
}
