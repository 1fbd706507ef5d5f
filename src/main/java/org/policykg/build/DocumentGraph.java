package org.policykg.build;

import org.apache.jena.rdf.model.Model;

/** One document's RDF: the model to store in the named graph {@code graphIri}, about {@code documentIri}. */
public record DocumentGraph(String fileName, String documentIri, String graphIri, Model model) {
}
