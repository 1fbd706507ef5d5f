package org.policykg.serve.web;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.policykg.rdf.Prefixes;
import org.springframework.stereotype.Component;

/** Short names of properties and classes for the pages ({@code pkg:leadBody}, {@code skos:prefLabel}). */
@Component("qn")
public class Qnames {
    private final Model prefixes = ModelFactory.createDefaultModel();

    public Qnames() {
        Prefixes.apply(prefixes);
        prefixes.setNsPrefix("vocab", "https://w3id.org/policykg/vocab/");
        prefixes.setNsPrefix("qudt", "http://qudt.org/vocab/unit/");
    }

    public String of(String iri) {
        if (iri == null) {
            return "";
        }
        String q = prefixes.shortForm(iri);
        return q == null ? iri : q;
    }
}
