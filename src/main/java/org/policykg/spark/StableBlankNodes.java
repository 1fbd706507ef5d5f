package org.policykg.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Blank nodes labelled by what they are rather than by the random label a parser gave them, so that a
 * graph with blank nodes (the vocabularies' [ pkg:from …; pkg:to … ] pairs) is the same bytes on every
 * run: a blank node's label is a hash of its incoming and outgoing quads, nested blank nodes by their
 * own content. Two blank nodes with the same content in the same places are interchangeable, so the
 * counter that tells them apart changes no line's meaning.
 */
final class StableBlankNodes {
    private StableBlankNodes() {
    }

    static List<Quad> relabel(List<Quad> quads) {
        Map<Node, List<Quad>> out = new HashMap<>();
        Map<Node, List<Quad>> in = new HashMap<>();
        for (Quad q : quads) {
            if (q.getSubject().isBlank()) {
                out.computeIfAbsent(q.getSubject(), b -> new ArrayList<>()).add(q);
            }
            if (q.getObject().isBlank()) {
                in.computeIfAbsent(q.getObject(), b -> new ArrayList<>()).add(q);
            }
        }
        if (out.isEmpty() && in.isEmpty()) {
            return quads;
        }
        Map<String, List<Node>> bySignature = new TreeMap<>();
        java.util.Set<Node> blanks = new java.util.HashSet<>(out.keySet());
        blanks.addAll(in.keySet());
        for (Node b : blanks) {
            bySignature.computeIfAbsent(signature(b, out, in, 0), s -> new ArrayList<>()).add(b);
        }
        Map<Node, Node> labels = new HashMap<>();
        bySignature.forEach((signature, nodes) -> {
            for (int i = 0; i < nodes.size(); i++) {
                labels.put(nodes.get(i), NodeFactory.createBlankNode("b" + sha(signature) + (i == 0 ? "" : "x" + i)));
            }
        });
        return quads.stream().map(q -> Quad.create(q.getGraph(), labels.getOrDefault(q.getSubject(), q.getSubject()),
                q.getPredicate(), labels.getOrDefault(q.getObject(), q.getObject()))).toList();
    }

    private static String signature(Node b, Map<Node, List<Quad>> out, Map<Node, List<Quad>> in, int depth) {
        List<String> parts = new ArrayList<>();
        for (Quad q : out.getOrDefault(b, List.of())) {
            Node o = q.getObject();
            parts.add("> " + q.getPredicate() + " " + (o.isBlank() ? depth < 8 ? "[" + signature(o, out, in, depth + 1) + "]" : "_" : o));
        }
        if (depth == 0) {
            for (Quad q : in.getOrDefault(b, List.of())) {
                parts.add("< " + (q.getSubject().isBlank() ? "_" : q.getSubject()) + " " + q.getPredicate());
            }
        }
        parts.sort(null);
        return String.join("|", parts);
    }

    private static String sha(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
