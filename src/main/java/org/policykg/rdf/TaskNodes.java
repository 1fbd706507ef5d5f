package org.policykg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * The node of each task of one document, made once: a task is named by its outline, and again by each of
 * its assignments, targets and planned documents; making its IRI anew each time (a new string, hashed again
 * for every triple it is in) was a share of building. A task's IRI is a function of the document's IRI and
 * the task's position alone, so the remembered node is the node made anew.
 */
final class TaskNodes {
    private final Model model;
    private final Iris iris;
    private final String documentIri;
    /** By position (tasks are numbered 1 … n in their outline); a position outside is made each time. */
    private final Resource[] nodes;

    TaskNodes(Model model, Iris iris, String documentIri, int tasks) {
        this.model = model;
        this.iris = iris;
        this.documentIri = documentIri;
        this.nodes = new Resource[tasks + 1];
    }

    /** The node of the task at {@code position} in this document. */
    Resource node(int position) {
        if (position < 0 || position >= nodes.length) {
            return make(position);
        }
        Resource node = nodes[position];
        if (node == null) {
            node = make(position);
            nodes[position] = node;
        }
        return node;
    }

    private Resource make(int position) {
        return model.createResource(iris.task(documentIri, position));
    }
}
