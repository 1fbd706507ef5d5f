package org.policykg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Loads a vocabulary's Turtle from the classpath (the build copies {@code ontology/} into the jar). */
final class VocabularyFile {
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String PKG = "https://w3id.org/policykg/ontology#";

    private VocabularyFile() {
    }

    static Model load(String resource) {
        try (InputStream in = VocabularyFile.class.getResourceAsStream(resource)) {
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
