package org.policykg.rdf;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.extract.project.Project;

/** Projects (工程项目): name, content, investment in 万元, responsible bodies, deadline, category. */
final class ProjectWriter {
    private static final Pattern DASHES_ONLY = Pattern.compile("[—\\-–]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]");
    private final Iris iris;
    private final Provenance provenance;
    private final BodyWriter bodies;

    ProjectWriter(Iris iris, Provenance provenance, BodyWriter bodies) {
        this.iris = iris;
        this.provenance = provenance;
        this.bodies = bodies;
    }

    void write(Resource document, List<Project> projects) {
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            Resource r = document.getModel().createResource(iris.project(document.getURI(), i));
            r.addProperty(RDF.type, PolicyOntology.Project);
            r.addProperty(PolicyOntology.inDocument, document);
            r.addProperty(SKOS.prefLabel, Texts.simplified(p.name()));
            optional(r, PolicyOntology.content, p.content());
            optional(r, PolicyOntology.deadline, p.deadline());
            optional(r, PolicyOntology.category, p.category());
            if (p.investment() != null) {
                r.addProperty(PolicyOntology.investment, TargetWriter.decimal(p.investment()));
            }
            for (String name : bodies(p.responsibleBody())) {
                r.addProperty(PolicyOntology.responsibleBody, bodies.body(r.getModel(), name));
            }
            provenance.derive(r, p.span());
        }
    }

    private static List<String> bodies(String written) {
        if (written == null || written.isBlank() || DASHES_ONLY.matcher(written).matches()) {
            return List.of();
        }
        return List.of(LIST_SEPARATOR.split(written)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void optional(Resource r, org.apache.jena.rdf.model.Property p, String value) {
        if (value != null && !value.isBlank()) {
            r.addProperty(p, Texts.simplified(value));
        }
    }
}
