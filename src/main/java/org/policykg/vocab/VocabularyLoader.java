package org.policykg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Reads a controlled vocabulary shipped as Turtle on the classpath (the pom copies {@code ontology/} into the jar). */
public final class VocabularyLoader {
    public static final String PKG = "https://w3id.org/policykg/ontology#";
    public static final String VOCAB = "https://w3id.org/policykg/vocab/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    private VocabularyLoader() {
    }

    public static Model load(String resource) {
        try (InputStream in = VocabularyLoader.class.getResourceAsStream(resource)) {
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

    /** The last path segment of a vocabulary IRI, e.g. {@code …/level/municipal} → {@code municipal}. */
    public static String localName(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
