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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
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

    /** The quads with the IRIs in {@code renames} (old → new) replaced, sorted again. */
    static String renamed(String nquads, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return nquads;
        }
        List<Quad> quads = RDFParser.fromString(nquads, Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven()).toDatasetGraph().stream()
                .map(q -> Quad.create(rename(q.getGraph(), renames), rename(q.getSubject(), renames),
                        q.getPredicate(), rename(q.getObject(), renames)))
                .toList();
        return sorted(quads.iterator());
    }

    private static Node rename(Node node, Map<String, String> renames) {
        return node.isURI() && renames.containsKey(node.getURI()) ? NodeFactory.createURI(renames.get(node.getURI())) : node;
    }

    private static String sorted(Iterator<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, quads);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
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
