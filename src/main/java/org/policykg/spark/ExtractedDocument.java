package org.policykg.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one executor made of one file: the document's named graph as sorted N-Quads lines (UTF-8 bytes,
 * which Spark keeps and ships as they are, and the part writer copies unless a node is renamed) and its
 * regulation skeleton (see {@link Skeleton}), or the reason there is none. A graph with SHACL violations
 * keeps its skeleton and its failure, as in ingest, where a byte-identical copy of a stored document is
 * skipped before its violations are looked at.
 */
record ExtractedDocument(int index, String uri, String fileName, String documentIri, String graphIri, byte[] nquads,
                         String skeleton, List<String> warnings, String failure) implements Serializable {

    static ExtractedDocument refused(InputDocument input, String failure) {
        return new ExtractedDocument(input.index(), input.uri(), null, null, null, null, null, List.of(), failure);
    }

    boolean hasGraph() {
        return graphIri != null;
    }

    /** The same without its quads: what the driver collects to replay the writer's decisions. */
    ExtractedDocument summary() {
        return new ExtractedDocument(index, uri, fileName, documentIri, graphIri, null, skeleton, warnings, failure);
    }
}
