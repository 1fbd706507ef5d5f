package org.policykg.spark;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;

/**
 * The part of a document's graph that the store's cross-document rules read: every triple the regulation
 * merge templates ({@code store/merge-*.ru}), the byte-copy check and the same-file check look at
 * (rdf:type pkg:Regulation, eli:id_local, pkg:titleKey, pkg:checksum, dcterms:source), plus two markers
 * of this job: each regulation node names the IRI it had when extracted ({@link #WAS}), so that after
 * the rules ran over all skeletons in ingest's order, a node found under another IRI tells a rename in
 * that graph; and the graph names the input it came from ({@link #INPUT}), so that the graph still there
 * at the end tells which file's document the store keeps.
 */
final class Skeleton {
    static final Property WAS = ResourceFactory.createProperty("urn:policykg:spark:was");
    static final Property INPUT = ResourceFactory.createProperty("urn:policykg:spark:input");
    private static final Set<Property> READ_BY_RULES = Set.of(Eli.id_local, PolicyOntology.titleKey,
            PolicyOntology.checksum, DCTerms.source);
    private static final Set<Property> ABOUT_REGULATIONS = Set.of(Eli.id_local, PolicyOntology.titleKey, RDF.type);

    private Skeleton() {
    }

    static Model of(Model document, String graphIri, int input, String regulationNamespace) {
        Model skeleton = ModelFactory.createDefaultModel();
        TreeSet<String> regulations = new TreeSet<>();
        document.listStatements().forEachRemaining(s -> {
            if (isReadByRules(s)) {
                skeleton.add(s);
                if (ABOUT_REGULATIONS.contains(s.getPredicate()) && s.getSubject().isURIResource()) {
                    regulations.add(s.getSubject().getURI());
                }
            }
            // a node renamed by the rules is renamed wherever it occurs in the graph, object places included
            addIfRegulation(s.getSubject(), regulationNamespace, regulations);
            addIfRegulation(s.getObject(), regulationNamespace, regulations);
        });
        regulations.forEach(iri -> skeleton.add(skeleton.createResource(iri), WAS, iri));
        skeleton.add(skeleton.createResource(graphIri), INPUT, skeleton.createTypedLiteral(input));
        return skeleton;
    }

    private static boolean isReadByRules(Statement s) {
        return READ_BY_RULES.contains(s.getPredicate())
                || s.getPredicate().equals(RDF.type) && s.getObject().equals(PolicyOntology.Regulation);
    }

    private static void addIfRegulation(RDFNode node, String namespace, Set<String> regulations) {
        if (node.isURIResource() && ((Resource) node).getURI().startsWith(namespace)) {
            regulations.add(((Resource) node).getURI());
        }
    }
}
