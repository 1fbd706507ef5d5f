package org.policykg.serve.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** RDF terms for page-query bindings. */
public final class Terms {
    private Terms() {
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
