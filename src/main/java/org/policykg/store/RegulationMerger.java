package org.policykg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.policykg.build.vocab.Eli;
import org.policykg.build.vocab.Pkg;

/**
 * Keeps one node per regulation across documents: a regulation known only by its title becomes the
 * numbered regulation of the same title key, whichever document was stored first. When two numbered
 * regulations share a title, the title alone cannot tell which is meant and nothing is merged.
 * Runs inside the store's write transaction, after a document's graph was added.
 */
final class RegulationMerger {
    private static final Node TITLE_KEY = Pkg.titleKey.asNode();
    private static final Node NUMBER = Eli.id_local.asNode();
    private static final Node REGULATION = Pkg.Regulation.asNode();

    void merge(DatasetGraph dsg, Node added) {
        for (Node regulation : regulationsIn(dsg, added)) {
            for (Node key : objects(dsg, added, regulation, TITLE_KEY)) {
                List<Node> numbered = numberedWithTitle(dsg, key);
                if (isNumbered(dsg, regulation)) {
                    titleOnlyWithTitle(dsg, key).forEach(old -> rename(dsg, old, regulation));
                } else if (numbered.size() == 1) {
                    rename(dsg, regulation, numbered.get(0));
                }
            }
        }
    }

    private static List<Node> regulationsIn(DatasetGraph dsg, Node graph) {
        Set<Node> out = new HashSet<>();
        dsg.find(graph, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), REGULATION)
                .forEachRemaining(q -> out.add(q.getSubject()));
        return new ArrayList<>(out);
    }

    private static List<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node property) {
        List<Node> out = new ArrayList<>();
        dsg.find(graph, subject, property, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static boolean isNumbered(DatasetGraph dsg, Node regulation) {
        return dsg.find(Node.ANY, regulation, NUMBER, Node.ANY).hasNext();
    }

    private static List<Node> numberedWithTitle(DatasetGraph dsg, Node key) {
        return withTitle(dsg, key).stream().filter(r -> isNumbered(dsg, r)).toList();
    }

    private static List<Node> titleOnlyWithTitle(DatasetGraph dsg, Node key) {
        return withTitle(dsg, key).stream().filter(r -> !isNumbered(dsg, r)).toList();
    }

    /**
     * Every document citing a regulation repeats its title key, so the key's quads grow with the corpus;
     * their few distinct subjects are collected first and only those looked up for their type.
     */
    private static List<Node> withTitle(DatasetGraph dsg, Node key) {
        Set<Node> subjects = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, TITLE_KEY, key).forEachRemaining(q -> subjects.add(q.getSubject()));
        Set<Node> out = new HashSet<>();
        for (Node s : subjects) {
            if (dsg.find(Node.ANY, s, org.apache.jena.vocabulary.RDF.type.asNode(), REGULATION).hasNext()) {
                out.add(s);
            }
        }
        return new ArrayList<>(out);
    }

    /** Replaces a node by another in every graph, as subject and as object. */
    private static void rename(DatasetGraph dsg, Node from, Node to) {
        if (from.equals(to)) {
            return;
        }
        List<Quad> quads = new ArrayList<>();
        dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(quads::add);
        for (Quad q : quads) {
            dsg.delete(q);
            dsg.add(q.getGraph(), swap(q.getSubject(), from, to), q.getPredicate(), swap(q.getObject(), from, to));
        }
    }

    private static Node swap(Node n, Node from, Node to) {
        return n.equals(from) ? to : n;
    }
}
