package org.policykg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.rdf.vocab.Prov;

/** The namespace prefixes written with exports, so Turtle and TriG read well. */
public final class Prefixes {
    private Prefixes() {
    }

    public static void apply(Model model) {
        model.setNsPrefix("pkg", PolicyOntology.NS);
        model.setNsPrefix("eli", Eli.NS);
        model.setNsPrefix("org", ORG.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("prov", Prov.NS);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("owl", OWL.NS);
        model.setNsPrefix("rdf", RDF.uri);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("xsd", XSD.NS);
    }
}
