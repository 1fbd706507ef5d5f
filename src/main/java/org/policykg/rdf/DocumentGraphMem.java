package org.policykg.rdf;

import org.apache.jena.mem2.GraphMem2;

/**
 * A document's graph: Jena's in-memory graph (events, prefixes, capabilities, {@code find} and all) over
 * {@link AppendedTriples}, which files a triple in its indexes only when a read needs them.
 */
final class DocumentGraphMem extends GraphMem2 {
    DocumentGraphMem() {
        super(new AppendedTriples());
    }
}
