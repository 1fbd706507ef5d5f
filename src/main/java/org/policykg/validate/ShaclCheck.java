package org.policykg.validate;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** SHACL validation with the shapes of {@code ontology/shapes.ttl}, parsed once. */
public final class ShaclCheck {
    private static final String SHAPES = "/ontology/shapes.ttl";
    private static volatile Shapes shapes;

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    private static Shapes shapes() {
        if (shapes == null) {
            synchronized (ShaclCheck.class) {
                if (shapes == null) {
                    Graph g = GraphFactory.createDefaultGraph();
                    try (InputStream in = ShaclCheck.class.getResourceAsStream(SHAPES)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + SHAPES);
                        }
                        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    shapes = Shapes.parse(g);
                }
            }
        }
        return shapes;
    }
}
