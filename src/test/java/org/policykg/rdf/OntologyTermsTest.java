package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.vocab.PolicyOntology;

class OntologyTermsTest {

    @Test
    void everyOwnTermTheCodeWritesIsDeclaredInTheOntology() throws IllegalAccessException {
        Model ontology = RDFDataMgr.loadModel("ontology/policy.ttl");
        List<String> undeclared = new ArrayList<>();
        for (Field f : PolicyOntology.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource term
                    && !ontology.contains(term, RDF.type)) {
                undeclared.add(term.getURI());
            }
        }
        assertThat(undeclared).isEmpty();
    }
}
