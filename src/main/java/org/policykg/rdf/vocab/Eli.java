package org.policykg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ELI terms PolicyKG uses (European Legislation Identifier ontology). */
public final class Eli {
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Resource LegalResource = resource("LegalResource");
    public static final Resource LegalResourceSubdivision = resource("LegalResourceSubdivision");
    public static final Property cites = property("cites");
    public static final Property based_on = property("based_on");
    public static final Property implements_ = property("implements");
    public static final Property id_local = property("id_local");
    public static final Property date_document = property("date_document");
    public static final Property passed_by = property("passed_by");
    public static final Property has_part = property("has_part");
    public static final Property is_part_of = property("is_part_of");
    public static final Property title = property("title");

    private Eli() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
