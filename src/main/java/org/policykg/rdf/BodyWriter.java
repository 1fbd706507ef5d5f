package org.policykg.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.extract.department.Body;
import org.policykg.extract.department.BodyNames;
import org.policykg.extract.department.DepartmentAliases;
import org.policykg.extract.department.DepartmentTyper;

/**
 * One org:Organization per body of a place: canonical name, the names this document uses for it,
 * its department type, and the government it belongs to. Shared by tasks and projects so that
 * the same body is one node whichever names it.
 */
final class BodyWriter {
    private final Iris iris;
    private final DepartmentTyper typer;
    private final String place;
    private final BodyNames names;
    /**
     * The node written for each name, for this document only: a body is named again by every task it
     * is assigned, and adding its statements again changes nothing but cost a share of building.
     */
    private final Map<String, Resource> written = new HashMap<>();
    /** The same for the governments the bodies belong to, by place. */
    private final Map<String, Resource> governments = new HashMap<>();

    /** The aliases are the builder's: parsing their vocabulary for every document cost more than naming the bodies. */
    BodyWriter(Iris iris, DepartmentTyper typer, DepartmentAliases aliases, String place) {
        this.iris = iris;
        this.typer = typer;
        this.place = place;
        this.names = new BodyNames(aliases);
    }

    /** The body's node in the document's {@code model}, its statements written the first time it is named. */
    Resource body(Model model, String writtenName) {
        return written.computeIfAbsent(writtenName, name -> write(model, name));
    }

    private Resource write(Model model, String writtenName) {
        Body body = names.resolve(writtenName, place);
        Resource r = model.createResource(iris.body(body.place(), body.prefLabel()));
        r.addProperty(RDF.type, ORG.Organization);
        r.addProperty(SKOS.prefLabel, Texts.simplified(body.prefLabel()));
        if (!writtenName.equals(body.prefLabel())) {
            r.addProperty(SKOS.altLabel, Texts.simplified(writtenName));
        }
        r.addProperty(PolicyOntology.departmentType, model.createResource(typer.type(writtenName).iri()));
        r.addProperty(ORG.subOrganizationOf, governments.computeIfAbsent(body.place(), p -> Places.government(model, iris, p)));
        return r;
    }
}
