package org.policykg.support;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.policykg.rdf.vocab.PolicyOntology;

/**
 * A document graph as sorted statement strings, without what depends on the file rather than the
 * document: its name and checksum, and character offsets (in literals and in the IRIs of sentences
 * and citations), which shift with the whitespace each format keeps.
 */
public final class GraphFingerprint {
    private static final Set<String> FILE_BOUND = Set.of(DCTerms.source.getURI(), PolicyOntology.checksum.getURI(),
            PolicyOntology.startOffset.getURI(), PolicyOntology.endOffset.getURI());
    private static final Pattern OFFSETS = Pattern.compile("/(sentence|citation)/\\d+-\\d+");

    private GraphFingerprint() {
    }

    public static List<String> of(Model model) {
        return model.listStatements().toList().stream()
                .filter(s -> !FILE_BOUND.contains(s.getPredicate().getURI()))
                .map(GraphFingerprint::line).sorted().toList();
    }

    private static String line(Statement s) {
        return node(s.getSubject()) + " " + s.getPredicate().getURI() + " " + node(s.getObject());
    }

    private static String node(RDFNode n) {
        if (n.isURIResource()) {
            return OFFSETS.matcher(n.asResource().getURI()).replaceAll("/$1/*");
        }
        if (n.isLiteral()) {
            return '"' + n.asLiteral().getLexicalForm().strip().replaceAll("\\s+", " ") + "\"^^" + n.asLiteral().getDatatypeURI();
        }
        return "_:b";
    }
}
