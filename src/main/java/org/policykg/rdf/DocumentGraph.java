package org.policykg.rdf;

import org.apache.jena.rdf.model.Model;

import java.util.List;

/**
 * One document's RDF: the model to store in the named graph {@code graphIri}, about {@code documentIri};
 * {@code warnings} are what the reader of an ingest should be told about how it was read (stored anyway).
 */
public record DocumentGraph(String fileName, String documentIri, String graphIri, Model model, List<String> warnings) {
    public DocumentGraph {
        warnings = List.copyOf(warnings);
    }

    public DocumentGraph(String fileName, String documentIri, String graphIri, Model model) {
        this(fileName, documentIri, graphIri, model, List.of());
    }
}
