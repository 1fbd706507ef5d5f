package org.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.policykg.build.DocumentGraph;
import org.policykg.build.vocab.Pkg;

/**
 * The rule that keeps one node per regulation across documents, written once as a SPARQL Update
 * template ({@code merge-regulation.ru}) and run by both stores after a document's graph was stored:
 * {@link KnowledgeStore} inside its TDB2 write transaction, {@link RemoteStore} in the same HTTP update
 * request as the graph. Its parameters are bound by Jena's substitution, never spliced as strings.
 */
final class RegulationMerge {
    private static final String TEMPLATE = load();

    private RegulationMerge() {
    }

    /** The merge of every regulation of the document with the others of its title keys, in a stable order. */
    static List<UpdateRequest> of(DocumentGraph graph) {
        List<UpdateRequest> out = new ArrayList<>();
        for (Resource regulation : regulations(graph.model())) {
            for (String key : titleKeys(graph.model(), regulation)) {
                ParameterizedSparqlString update = new ParameterizedSparqlString(TEMPLATE);
                update.setIri("regulation", regulation.getURI());
                update.setLiteral("key", key);
                out.add(update.asUpdate());
            }
        }
        return out;
    }

    private static List<Resource> regulations(Model model) {
        TreeSet<String> iris = new TreeSet<>();
        model.listSubjectsWithProperty(RDF.type, Pkg.Regulation).forEachRemaining(r -> {
            if (r.isURIResource()) {
                iris.add(r.getURI());
            }
        });
        return iris.stream().map(model::createResource).toList();
    }

    private static List<String> titleKeys(Model model, Resource regulation) {
        TreeSet<String> keys = new TreeSet<>();
        model.listObjectsOfProperty(regulation, Pkg.titleKey).forEachRemaining((RDFNode n) -> keys.add(n.asLiteral().getLexicalForm()));
        return List.copyOf(keys);
    }

    private static String load() {
        try (InputStream in = RegulationMerge.class.getResourceAsStream("merge-regulation.ru")) {
            if (in == null) {
                throw new IllegalStateException("merge-regulation.ru missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
