package org.policykg.extract.department;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Loads a vocabulary shipped in the jar (the pom copies {@code ontology/} to the classpath). */
final class Vocabulary {
    static final String PKG = "https://w3id.org/policykg/ontology#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private Vocabulary() {
    }

    static Model load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the classpath: " + resource);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
