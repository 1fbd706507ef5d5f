package org.policykg.rdf;

import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.vocab.Place;

/** The place a document's bodies belong to, and that place's government, which its departments are part of. */
final class Places {
    /** Development zones and port areas are run by an administrative committee, not a people's government. */
    private static final Pattern ZONE = Pattern.compile("(港区|开发区|新区|园区|高新区)$");

    private static final Resource LOCAL_GOVERNMENT = PolicyOntology.vocab("department-type", "local-government");

    private Places() {
    }

    /** The most specific place known, or 未知 so that bodies of unplaced documents still group together. */
    static String scope(Place place) {
        return place == null || place.name() == null ? "未知" : place.name();
    }

    /** The name of the place's government. */
    static String governmentName(String place) {
        return place + (ZONE.matcher(place).find() ? "管理委员会" : "人民政府");
    }

    /** The place's government in {@code model}, from its {@code terms}. */
    static Resource government(Model model, BodyTerms.Government terms) {
        Resource r = model.createResource(terms.iri());
        r.addProperty(RDF.type, ORG.Organization);
        r.addProperty(SKOS.prefLabel, terms.prefLabel());
        r.addProperty(PolicyOntology.departmentType, LOCAL_GOVERNMENT);
        r.addProperty(DCTerms.spatial, terms.place());
        return r;
    }
}
