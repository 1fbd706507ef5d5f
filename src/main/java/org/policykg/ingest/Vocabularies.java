package org.policykg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.policykg.build.Prefixes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The ontology and every controlled vocabulary ({@code ontology/policy.ttl}, {@code ontology/vocab/*.ttl})
 * as one model, stored in the vocabulary graph so that queries can use labels, levels and types.
 */
public final class Vocabularies {
    private static final String[] PATTERNS = {"classpath*:ontology/policy.ttl", "classpath*:ontology/vocab/*.ttl"};

    private Vocabularies() {
    }

    public static Model load() {
        Model model = ModelFactory.createDefaultModel();
        Prefixes.apply(model);
        var resolver = new PathMatchingResourcePatternResolver(Vocabularies.class.getClassLoader());
        try {
            for (String pattern : PATTERNS) {
                for (Resource r : resolver.getResources(pattern)) {
                    try (InputStream in = r.getInputStream()) {
                        RDFParser.source(in).lang(Lang.TURTLE).parse(model);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
