package org.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;

/**
 * The rule that keeps one node per regulation across documents, written once as a SPARQL Update
 * template in two halves ({@code merge-numbered-regulation.ru}, {@code merge-title-only-regulation.ru}) and run by both stores after a document's graph was stored:
 * {@link KnowledgeStore} inside its TDB2 write transaction, {@link RemoteStore} in the same HTTP update
 * request as the graph. Its parameters are bound by Jena's substitution, never spliced as strings.
 */
final class RegulationMerge {
    /** Parsed once: parsing them for every regulation of every document cost more than running them. */
    private static final UpdateRequest NUMBERED = UpdateFactory.create(load("merge-numbered-regulation.ru"));
    private static final UpdateRequest TITLE_ONLY = UpdateFactory.create(load("merge-title-only-regulation.ru"));

    private RegulationMerge() {
    }

    /** The merge of every regulation of the document with the others of its title keys, in a stable order. */
    static List<UpdateRequest> of(DocumentGraph graph) {
        List<UpdateRequest> out = new ArrayList<>();
        for (Resource regulation : regulations(graph.model())) {
            for (String key : titleKeys(graph.model(), regulation)) {
                Map<Var, Node> bindings = Map.of(Var.alloc("regulation"), NodeFactory.createURI(regulation.getURI()),
                        Var.alloc("key"), NodeFactory.createLiteralString(key));
                // A regulation's IRI is minted from its number when it has one, so the document's own graph tells
                // which half of the rule applies.
                UpdateRequest rule = graph.model().contains(regulation, Eli.id_local) ? NUMBERED : TITLE_ONLY;
                out.add(UpdateTransformOps.transform(rule, bindings));
            }
        }
        return out;
    }

    private static List<Resource> regulations(Model model) {
        TreeSet<String> iris = new TreeSet<>();
        model.listSubjectsWithProperty(RDF.type, PolicyOntology.Regulation).forEachRemaining(r -> {
            if (r.isURIResource()) {
                iris.add(r.getURI());
            }
        });
        return iris.stream().map(model::createResource).toList();
    }

    private static List<String> titleKeys(Model model, Resource regulation) {
        TreeSet<String> keys = new TreeSet<>();
        model.listObjectsOfProperty(regulation, PolicyOntology.titleKey).forEachRemaining((RDFNode n) -> keys.add(n.asLiteral().getLexicalForm()));
        return List.copyOf(keys);
    }

    private static String load(String name) {
        try (InputStream in = RegulationMerge.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
