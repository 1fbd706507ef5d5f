package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.policykg.rdf.Prefixes;

/**
 * The ontology and every controlled vocabulary ({@code ontology/policy.ttl}, {@code ontology/vocab/*.ttl})
 * as one model, stored in the vocabulary graph so that queries can use labels, levels and types. The
 * vocabularies are found by listing their folder on the classpath (a directory in a build, a folder of
 * the jar when run from it), so a new vocabulary file needs no registration.
 */
public final class Vocabularies {
    private static final String ONTOLOGY = "ontology/policy.ttl";
    private static final String VOCABULARIES = "ontology/vocab";

    private Vocabularies() {
    }

    /** Synchronized: the jar's file system may be open once at a time. */
    public static synchronized Model load() {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.apply(model);
        try {
            parse(resource(ONTOLOGY), model);
            parseVocabularies(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private static URL resource(String name) {
        URL url = Vocabularies.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return url;
    }

    private static void parse(URL url, Model model) throws IOException {
        try (InputStream in = url.openStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        }
    }

    /** The vocabulary files in name order, from a directory or from inside the jar (opened and closed here). */
    private static void parseVocabularies(Model model) throws IOException {
        URI uri;
        try {
            uri = resource(VOCABULARIES).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!"jar".equals(uri.getScheme())) {
            parseAll(Path.of(uri), model);
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            parseAll(jar.getPath(VOCABULARIES), model);
        }
    }

    private static void parseAll(Path folder, Model model) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            }
        }
    }
}
