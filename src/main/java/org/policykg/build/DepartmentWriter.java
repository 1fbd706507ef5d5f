package org.policykg.build;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.build.vocab.Pkg;
import org.policykg.extract.department.Assignment;
import org.policykg.extract.department.Body;
import org.policykg.extract.department.BodyNames;
import org.policykg.extract.department.DepartmentTyper;
import org.policykg.extract.department.Role;
import org.policykg.structure.PolicyDocument;

/**
 * Responsible bodies: one org:Organization per body of a place (its canonical name, every name this
 * document uses as altLabel, its department type, its government), and per assignment the task's
 * lead or support body plus a pkg:Assignment that keeps the name as written and its sentence.
 */
final class DepartmentWriter {
    private final Iris iris;
    private final PolicyDocument doc;
    private final Provenance provenance;
    private final DepartmentTyper typer;
    private final Texts texts;
    private final BodyNames names = new BodyNames();

    DepartmentWriter(Iris iris, PolicyDocument doc, Provenance provenance, DepartmentTyper typer) {
        this.iris = iris;
        this.doc = doc;
        this.provenance = provenance;
        this.typer = typer;
        this.texts = new Texts(doc.text());
    }

    void write(Resource document, List<Assignment> assignments) {
        String place = Places.scope(doc.metadata().place());
        for (Assignment a : assignments) {
            Resource body = body(document.getModel(), names.resolve(a.name(), place), a.name());
            Resource task = document.getModel().createResource(iris.task(document.getURI(), a.task().position()));
            task.addProperty(a.role() == Role.LEAD ? Pkg.leadBody : Pkg.supportBody, body);
            assignment(task, body, a);
        }
    }

    private Resource body(Model model, Body body, String writtenName) {
        Resource r = model.createResource(iris.body(body.place(), body.prefLabel()));
        r.addProperty(RDF.type, ORG.Organization);
        r.addProperty(SKOS.prefLabel, Texts.simplified(body.prefLabel()));
        if (!writtenName.equals(body.prefLabel())) {
            r.addProperty(SKOS.altLabel, Texts.simplified(writtenName));
        }
        r.addProperty(Pkg.departmentType, model.createResource(typer.type(writtenName).iri()));
        r.addProperty(ORG.subOrganizationOf, Places.government(model, iris, body.place()));
        return r;
    }

    private void assignment(Resource task, Resource body, Assignment a) {
        Resource r = task.getModel().createResource(task.getURI() + "/assignment/" + a.span().start());
        r.addProperty(RDF.type, Pkg.Assignment);
        r.addProperty(Pkg.task, task);
        r.addProperty(Pkg.body, body);
        r.addProperty(Pkg.role, Pkg.vocab("role", a.role().label()));
        texts.add(r, Pkg.nameAsWritten, a.span());
        provenance.derive(r, a.span());
    }
}
