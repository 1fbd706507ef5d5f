package org.policykg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.vocab.EnumConcepts;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.extract.department.Assignment;
import org.policykg.extract.department.Role;
import org.policykg.structure.PolicyDocument;

/**
 * Responsible bodies: one org:Organization per body of a place (its canonical name, every name this
 * document uses as altLabel, its department type, its government), and per assignment the task's
 * lead or support body plus a pkg:Assignment that keeps the name as written and its sentence.
 */
final class DepartmentWriter {
    private static final EnumConcepts<Role> ROLES = new EnumConcepts<>("role", Role.class, Role::label);

    private final Iris iris;
    private final TaskNodes tasks;
    private final Provenance provenance;
    private final BodyWriter bodies;
    private final Texts texts;

    DepartmentWriter(Iris iris, PolicyDocument doc, Provenance provenance, BodyWriter bodies, TaskNodes tasks) {
        this.iris = iris;
        this.tasks = tasks;
        this.provenance = provenance;
        this.bodies = bodies;
        this.texts = new Texts(doc.text());
    }

    void write(Resource document, List<Assignment> assignments) {
        // by position, the task's number in its outline (one task each): hashing the Task record itself
        // hashed its text, section and table row for every assignment
        Map<Integer, Integer> perTask = new HashMap<>();
        for (Assignment a : assignments) {
            int ordinal = perTask.merge(a.task().position(), 1, Integer::sum);
            Resource body = bodies.body(document.getModel(), a.name());
            Resource task = tasks.node(a.task().position());
            task.addProperty(a.role() == Role.LEAD ? PolicyOntology.leadBody : PolicyOntology.supportBody, body);
            assignment(task, body, a, ordinal);
        }
    }

    private void assignment(Resource task, Resource body, Assignment a, int ordinal) {
        Resource r = task.getModel().createResource(iris.assignment(task.getURI(), ordinal));
        r.addProperty(RDF.type, PolicyOntology.Assignment);
        r.addProperty(PolicyOntology.task, task);
        r.addProperty(PolicyOntology.body, body);
        r.addProperty(PolicyOntology.role, ROLES.of(a.role()));
        texts.addRecurring(r, PolicyOntology.nameAsWritten, a.span());
        provenance.derive(r, a.span());
    }
}
