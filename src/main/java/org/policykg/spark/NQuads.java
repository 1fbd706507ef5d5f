package org.policykg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * A named graph as N-Quads text with its lines sorted, so that the same graph is always the same bytes
 * (a second run writes identical parts, whatever order a model iterates in).
 */
final class NQuads {
    private NQuads() {
    }

    static String of(Node graphName, Graph graph) {
        List<Quad> quads = graph.find().mapWith(t -> new Quad(graphName, t)).toList();
        return sorted(StableBlankNodes.relabel(quads).stream().map(NQuads::asStored).iterator());
    }

    /**
     * A literal as TDB2 stores it: numbers, dates and booleans it keeps inline come back in their canonical
     * form ("6500"^^xsd:decimal is stored and read as "6500.0"), so the parts hold what ingest's store holds.
     */
    private static Quad asStored(Quad q) {
        return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), stored(q.getObject()));
    }

    private static Node stored(Node node) {
        if (!node.isLiteral()) {
            return node;
        }
        NodeId inline = NodeIdInline.inline(node);
        return inline == null ? node : NodeIdInline.extract(inline);
    }

    static String of(String graphIri, Graph graph) {
        return of(NodeFactory.createURI(graphIri), graph);
    }

    /**
     * The quads with the IRIs in {@code renames} (old → new) replaced in subject, object and graph places,
     * sorted again. Works on the lines as this class writes them ({@code S P O G .}, single spaces, IRIs in
     * angle brackets, which hold no space), so a document's graph is not parsed again to rename a few nodes.
     */
    static String renamed(String nquads, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return nquads;
        }
        String[] lines = nquads.split("\n");
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = renamedLine(lines[i], renames);
            changed |= line != lines[i];
            lines[i] = line;
        }
        return changed ? sortedLines(lines) : nquads;
    }

    /** The same line when nothing in it is renamed. */
    private static String renamedLine(String line, Map<String, String> renames) {
        if (line.isEmpty()) {
            return line;
        }
        int subjectEnd = line.indexOf(' ');
        int predicateEnd = line.indexOf(' ', subjectEnd + 1);
        int graphStart = line.lastIndexOf(' ', line.length() - 3) + 1;   // the line ends " ."
        String subject = renamedTerm(line.substring(0, subjectEnd), renames);
        String object = renamedTerm(line.substring(predicateEnd + 1, graphStart - 1), renames);
        String graph = renamedTerm(line.substring(graphStart, line.length() - 2), renames);
        if (subject == null && object == null && graph == null) {
            return line;
        }
        return (subject != null ? subject : line.substring(0, subjectEnd)) + line.substring(subjectEnd, predicateEnd + 1)
                + (object != null ? object : line.substring(predicateEnd + 1, graphStart - 1)) + ' '
                + (graph != null ? graph : line.substring(graphStart, line.length() - 2)) + " .";
    }

    /** The term renamed, or null when it is not an IRI that {@code renames} names (literals and blank nodes never are). */
    private static String renamedTerm(String term, Map<String, String> renames) {
        if (term.length() < 2 || term.charAt(0) != '<' || term.charAt(term.length() - 1) != '>') {
            return null;
        }
        String to = renames.get(term.substring(1, term.length() - 1));
        return to == null ? null : "<" + to + ">";
    }

    private static String sorted(Iterator<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads);
        return sortedLines(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    private static String sortedLines(String[] lines) {
        Arrays.sort(lines);
        // a rename can make two quads one, as it does in a store
        StringBuilder text = new StringBuilder();
        String previous = "";
        for (String line : lines) {
            if (!line.isEmpty() && !line.equals(previous)) {
                text.append(line).append('\n');
            }
            previous = line;
        }
        return text.toString();
    }
}
