package org.policykg.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.vocab.PolicyOntology;

/**
 * One org:Organization per body of a place: canonical name, the names this document uses for it,
 * its department type, and the government it belongs to. Shared by tasks and projects so that
 * the same body is one node whichever names it.
 */
final class BodyWriter {
    private final BodyTerms terms;
    private final String place;
    /**
     * The node written for each name, for this document only: a body is named again by every task it
     * is assigned, and adding its statements again changes nothing but cost a share of building.
     */
    private final Map<String, Resource> written = new HashMap<>();
    /** The node of each body, by IRI: several names of one body share it. */
    private final Map<String, Resource> bodies = new HashMap<>();
    /** The same for the governments the bodies belong to, by place. */
    private final Map<String, Resource> governments = new HashMap<>();

    /** The terms are the builder's, worked out once for all documents (see {@link BodyTerms}). */
    BodyWriter(BodyTerms terms, String place) {
        this.terms = terms;
        this.place = place;
    }

    /** The body's node in the document's {@code model}, its statements written the first time it is named. */
    Resource body(Model model, String writtenName) {
        // looked up, then put: a lambda holding the model, made for every assignment, was a share of
        // building's allocation; the same node either way (never null, written once per name)
        Resource r = written.get(writtenName);
        if (r == null) {
            r = write(model, writtenName);
            written.put(writtenName, r);
        }
        return r;
    }

    private Resource write(Model model, String writtenName) {
        BodyTerms.Named body = terms.named(writtenName, place);
        Resource r = bodies.computeIfAbsent(body.iri(), iri -> common(model, body));
        if (body.altLabel() != null) {
            r.addProperty(SKOS.altLabel, body.altLabel());
        }
        // the type is the name's, so another name of the body may give it another
        r.addProperty(PolicyOntology.departmentType, body.departmentType());
        return r;
    }

    /**
     * What every name of a body says of it, written for its first name only: the IRI is made from the
     * place and the canonical name, so names with the same IRI have the same label and government.
     */
    private Resource common(Model model, BodyTerms.Named body) {
        Resource r = model.createResource(body.iri());
        r.addProperty(RDF.type, ORG.Organization);
        r.addProperty(SKOS.prefLabel, body.prefLabel());
        r.addProperty(ORG.subOrganizationOf,
                governments.computeIfAbsent(body.place(), p -> Places.government(model, terms.government(p))));
        return r;
    }
}
