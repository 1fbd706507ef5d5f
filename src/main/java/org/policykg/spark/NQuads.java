package org.policykg.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
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
        NodeFormatter terms = new NodeFormatterNT(CharSpace.UTF8);
        List<String> lines = new ArrayList<>();
        quads.forEachRemaining(q -> lines.add(line(q, terms)));
        return sortedLines(lines.toArray(String[]::new));
    }

    /** One quad as Jena's N-Quads writer writes it ({@code S P O G .}). */
    private static String line(Quad q, NodeFormatter terms) {
        StringBuilder line = new StringBuilder(160);
        term(line, q.getSubject(), terms).append(' ');
        term(line, q.getPredicate(), terms).append(' ');
        term(line, q.getObject(), terms);
        if (q.getGraph() != null && !Quad.isDefaultGraph(q.getGraph())) {
            term(line.append(' '), q.getGraph(), terms);
        }
        return line.append(" .").toString();
    }

    /**
     * An IRI with no character the writer would escape is written as it is, in one piece (Jena's writer
     * checks and writes it a character at a time, which was a sixth of the extraction's time); any other
     * term goes through Jena's formatter.
     */
    private static StringBuilder term(StringBuilder line, Node node, NodeFormatter terms) {
        if (node.isURI() && writtenAsItIs(node.getURI())) {
            return line.append('<').append(node.getURI()).append('>');
        }
        IndentedLineBuffer out = new IndentedLineBuffer();
        terms.format(out, node);
        return line.append(out.asString());
    }

    /** No character that org.apache.jena.riot.out.quoted.QuotedURI escapes: below 20 (decimal, as there), space, {@code <>"{}|^`\}, DEL. */
    private static boolean writtenAsItIs(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < 20 || c == ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                    || c == '`' || c == '\\' || c == '\u007F') {
                return false;
            }
        }
        return true;
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
