package org.policykg.store;

import java.util.Optional;

import org.policykg.rdf.DocumentGraph;

/** Writes documents inside one {@link GraphStore#writeBatch} unit; reads see what the unit wrote before. */
public interface DocumentWriter {

    /**
     * The file name of a stored document with the given checksum read from a file of another name, if
     * any: a byte-identical copy of a stored document, which the caller skips instead of storing twice.
     */
    Optional<String> storedCopy(String checksum, String ownFileName);

    /**
     * The file a stored document's graph was read from, if the graph is stored: when it is another file
     * than the one about to be written, two files resolve to the same document and the later replaces
     * the earlier, which the caller says. A store that cannot tell answers empty.
     */
    default Optional<String> storedSource(String graphIri) {
        return Optional.empty();
    }

    /**
     * Replaces the graph of the same document (by IRI) and any graph read before from the same file by
     * this document's graph, then merges its regulations with those of other documents.
     */
    void replaceDocument(DocumentGraph graph);
}
