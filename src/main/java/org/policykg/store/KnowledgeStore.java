package org.policykg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.policykg.build.DocumentGraph;

/**
 * The TDB2 store: one named graph per document, one for the vocabularies; queries see their union
 * as the default graph. The only class that writes to the dataset, and it writes only inside a
 * transaction per document, so a failure leaves everything stored before intact.
 */
public final class KnowledgeStore implements AutoCloseable {
    private final Dataset dataset;
    private final RegulationMerger merger = new RegulationMerger();
    private final AtomicLong generation = new AtomicLong();

    private KnowledgeStore(Dataset dataset) {
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static KnowledgeStore open(Path directory) {
        return new KnowledgeStore(TDB2Factory.connectDataset(directory.toString()));
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Stores a document's graph in one write transaction, replacing the graph of the same document
     * (by IRI) and any graph read before from the same file, then merges its regulations with those
     * of other documents (a title cited with a number in one and without in another is one node).
     */
    public void replaceDocument(DocumentGraph graph) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graphsFromFile(dsg, graph.fileName()).forEach(dsg::removeGraph);
            Node name = NodeFactory.createURI(graph.graphIri());
            dsg.removeGraph(name);
            dsg.addGraph(name, graph.model().getGraph());
            merger.merge(dsg, name);
        });
        generation.incrementAndGet();
    }

    /** Replaces one named graph (e.g. the vocabularies) in its own transaction. */
    public void replaceGraph(String graphIri, Model model) {
        Txn.executeWrite(dataset, () -> {
            Node name = NodeFactory.createURI(graphIri);
            dataset.asDatasetGraph().removeGraph(name);
            dataset.asDatasetGraph().addGraph(name, model.getGraph());
        });
        generation.incrementAndGet();
    }

    /**
     * How many writes this store object has committed; what was read at one generation is still true
     * while it has not changed (answers may be kept that long).
     */
    public long generation() {
        return generation.get();
    }

    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    public long quadCount() {
        return read(ds -> {
            long n = 0;
            var it = ds.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    private static List<Node> graphsFromFile(DatasetGraph dsg, String fileName) {
        List<Node> graphs = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, DCTerms.source.asNode(), NodeFactory.createLiteralString(fileName))
                .forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs.stream().filter(g -> !Quad.isDefaultGraph(g)).distinct().toList();
    }

    @Override
    public void close() {
        dataset.close();
    }
}
