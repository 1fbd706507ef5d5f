package org.policykg.ingest;

import java.nio.file.Path;
import java.util.List;

import org.policykg.rdf.DocumentGraph;

/**
 * What the pipeline makes of one file, with the facts the writer and the tally need so that nobody
 * reads them back out of the RDF: the checksum of the file's bytes (to recognise a copy already stored)
 * and how many regulations the document cites (its {@code eli:cites}).
 */
public record BuiltDocument(Path file, DocumentGraph graph, String checksum, long citations) {

    /** What the reader of an ingest should be told about how the document was read (it is stored anyway). */
    public List<String> warnings() {
        return graph.warnings();
    }

    /** Triples of the document's graph. */
    public long quads() {
        return graph.model().size();
    }

    /** Said when this file and {@code otherFile} resolve to one document (same 发文字号, or same title, date and place without one). */
    public String replaces(String otherFile) {
        return replacement(graph, otherFile);
    }

    /** The same, for a graph built elsewhere (the Spark job replays the writer on skeletons of documents). */
    public static String replacement(DocumentGraph graph, String otherFile) {
        return graph.fileName() + " and " + otherFile + " are the same document (" + graph.documentIri() + "): "
                + graph.fileName() + " replaces " + otherFile + " in the store";
    }
}
