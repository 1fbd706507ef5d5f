package org.policykg.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.policykg.ingest.BuiltDocument;
import org.policykg.rdf.DocumentGraph;
import org.policykg.store.DocumentWriter;
import org.policykg.store.KnowledgeStore;

/**
 * On the driver: ingest's writer, run over the documents' skeletons in ingest's file order instead of
 * their whole graphs. It takes the writer's decisions in the writer's own code ({@link KnowledgeStore}'s
 * {@link DocumentWriter}: a byte-identical copy skipped, a later file of the same document replacing the
 * earlier, the regulation merge templates run after each document), on an in-memory dataset that holds
 * only what those decisions read. Which graphs are left, and under which IRIs their regulation nodes
 * are, is then exactly what the store would hold; the executors apply it to the whole graphs.
 */
final class WriterReplay {
    private final List<ReportRow> report = new ArrayList<>();

    /**
     * {@code documents} in input order, taken as they come (the executors may still be extracting later
     * ones); every outcome a file has in ingest goes into {@link #report()}.
     */
    Survivors replay(Iterator<ExtractedDocument> documents) {
        // an in-memory TDB2 dataset: the engine (and query plans) of the store being replayed
        try (KnowledgeStore store = KnowledgeStore.over(TDB2Factory.createDataset())) {
            store.writeBatch(writer -> documents.forEachRemaining(d -> write(d, writer)));
            return store.read(ds -> survivors(ds.asDatasetGraph()));
        }
    }

    List<ReportRow> report() {
        return report;
    }

    /** The order of checks of ingest's UnitWriter: copy, then violations, then replacement. */
    private void write(ExtractedDocument d, DocumentWriter writer) {
        if (!d.hasGraph()) {
            report.add(new ReportRow(d.uri(), ReportRow.Kind.REFUSED, d.failure()));
            return;
        }
        DocumentGraph skeleton = new DocumentGraph(d.fileName(), d.documentIri(), d.graphIri(), skeletonModel(d));
        Optional<String> original = checksum(skeleton).flatMap(sum -> writer.storedCopy(sum, d.fileName()));
        if (original.isPresent()) {
            report.add(new ReportRow(d.uri(), ReportRow.Kind.SKIPPED, d.uri() + ": same bytes as " + original.get()
                    + ", which is stored; skipped, not stored twice"));
            return;
        }
        if (d.failure() != null) {
            report.add(new ReportRow(d.uri(), ReportRow.Kind.REFUSED, d.failure()));
            return;
        }
        writer.storedSource(d.graphIri()).filter(other -> !other.equals(d.fileName())).ifPresent(other ->
                report.add(new ReportRow(d.uri(), ReportRow.Kind.REPLACED, BuiltDocument.replacement(skeleton, other))));
        writer.replaceDocument(skeleton);
        d.warnings().forEach(w -> report.add(new ReportRow(d.uri(), ReportRow.Kind.WARNING, d.uri() + ": " + w)));
    }

    /** The skeleton's quads as the triples of one model, parsed straight into it (no dataset built per document). */
    private static Model skeletonModel(ExtractedDocument d) {
        Model model = ModelFactory.createDefaultModel();
        Graph graph = model.getGraph();
        RDFParser.fromString(d.skeleton(), Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graph.add(q.asTriple());
            }
        });
        return model;
    }

    private static Optional<String> checksum(DocumentGraph graph) {
        return graph.model().listStatements(null, org.policykg.rdf.vocab.PolicyOntology.checksum, (String) null)
                .nextOptional().map(s -> s.getString());
    }

    /** The graphs left, by the input each came from, with the IRIs their marked nodes carry now. */
    private static Survivors survivors(DatasetGraph dsg) {
        Map<Node, Integer> inputOfGraph = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Skeleton.INPUT.asNode(), Node.ANY).forEachRemaining(q ->
                inputOfGraph.put(q.getGraph(), ((Number) q.getObject().getLiteralValue()).intValue()));
        Map<Integer, Map<String, String>> renames = new TreeMap<>();
        inputOfGraph.values().forEach(input -> renames.put(input, new TreeMap<>()));
        dsg.find(Node.ANY, Node.ANY, Skeleton.WAS.asNode(), Node.ANY).forEachRemaining((Quad q) -> {
            String was = q.getObject().getLiteralLexicalForm();
            if (!q.getSubject().getURI().equals(was)) {
                renames.get(inputOfGraph.get(q.getGraph())).put(was, q.getSubject().getURI());
            }
        });
        return new Survivors(renames);
    }
}
