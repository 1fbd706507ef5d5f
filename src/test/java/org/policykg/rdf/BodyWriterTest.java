package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.extract.department.Body;
import org.policykg.extract.department.BodyNames;
import org.policykg.extract.department.DepartmentAliases;
import org.policykg.extract.department.DepartmentTyper;
import org.policykg.rdf.vocab.PolicyOntology;

/** A body's statements written once for all its names give the graph that writing them for every name gives. */
class BodyWriterTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private final DepartmentAliases aliases = new DepartmentAliases();
    private final DepartmentTyper typer = new DepartmentTyper();

    @Test
    void severalNamesOfOneBodyGiveEveryNamesStatements() {
        List<String> names = List.of("市环保局", "市环境保护局", "南通市环境保护局", "环保局", "市发改委", "市发展改革委", "嘉兴港区管委会", "平湖市气象局");
        Model written = ModelFactory.createDefaultModel();
        BodyWriter writer = new BodyWriter(new BodyTerms(IRIS, typer, aliases), "南通市");
        names.forEach(n -> writer.body(written, n));
        names.forEach(n -> writer.body(written, n));

        Model expected = ModelFactory.createDefaultModel();
        names.forEach(n -> everyStatement(expected, n, "南通市"));

        assertThat(written.isIsomorphicWith(expected)).isTrue();
        assertThat(written.listSubjectsWithProperty(SKOS.altLabel).toList()).hasSizeLessThan(names.size());
    }

    /** What a name says of its body, all of it, the way it was written before a body's node was shared. */
    private void everyStatement(Model model, String name, String place) {
        Body body = new BodyNames(aliases).resolve(name, place);
        Resource r = model.createResource(IRIS.body(body.place(), body.prefLabel()));
        r.addProperty(RDF.type, ORG.Organization);
        r.addProperty(SKOS.prefLabel, Texts.simplified(body.prefLabel()));
        if (!name.equals(body.prefLabel())) {
            r.addProperty(SKOS.altLabel, Texts.simplified(name));
        }
        r.addProperty(PolicyOntology.departmentType, model.createResource(typer.type(name).iri()));
        String government = body.place() + "人民政府";
        Resource g = model.createResource(IRIS.body(body.place(), government));
        g.addProperty(RDF.type, ORG.Organization);
        g.addProperty(SKOS.prefLabel, Texts.simplified(government));
        g.addProperty(PolicyOntology.departmentType, PolicyOntology.vocab("department-type", "local-government"));
        g.addProperty(org.apache.jena.vocabulary.DCTerms.spatial, PolicyOntology.vocab("place", body.place()));
        r.addProperty(ORG.subOrganizationOf, g);
    }
}
