package org.policykg.rdf;

import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;

/**
 * A document's graph: Jena's in-memory graph (events, prefixes, capabilities, {@code find} and all) over
 * {@link AppendedTriples}, which files a triple in its indexes only when a read needs them.
 */
final class DocumentGraphMem extends GraphMem2 {
    /** Room for about {@code expectedTriples} before the store grows (a hint: any number gives the same graph). */
    DocumentGraphMem(int expectedTriples) {
        super(new AppendedTriples(expectedTriples));
    }

    DocumentGraphMem() {
        this(0);
    }

    /**
     * Jena's event manager walks its copy-on-write list of listeners for every add, a new iterator each
     * time; a graph nobody listens to (no manager made yet, or one without listeners) has no one to tell.
     */
    @Override
    public void notifyAdd(Triple t) {
        if (gem != null && gem.listening()) {
            super.notifyAdd(t);
        }
    }
}
