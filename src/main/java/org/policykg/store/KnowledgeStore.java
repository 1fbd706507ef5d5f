package org.policykg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.vocabulary.DCTerms;
import org.policykg.rdf.DocumentGraph;

/**
 * The TDB2 store: one named graph per document, one for the vocabularies; queries see their union
 * as the default graph. The only class that writes to the dataset, and it writes only inside a
 * write transaction (one document, or a batch of whole documents), so a failure leaves everything
 * stored before intact and never part of a document.
 */
public final class KnowledgeStore implements GraphStore {
    private final Dataset dataset;
    private final String location;
    private final AtomicLong generation = new AtomicLong();
    /** Held from the start of a write transaction until an aborted one is repaired, so no writer starts in between. */
    private final ReentrantLock writing = new ReentrantLock();

    private KnowledgeStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static KnowledgeStore open(Path directory) {
        return new KnowledgeStore(TDB2Factory.connectDataset(directory.toString()), directory.toString());
    }

    /** Over an existing dataset (e.g. an in-memory TDB2 one, or one a server holds open). */
    public static KnowledgeStore over(Dataset dataset) {
        return new KnowledgeStore(dataset, "dataset");
    }

    @Override
    public String location() {
        return location;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Stores a document's graph in one write transaction, replacing the graph of the same document
     * (by IRI) and any graph read before from the same file, then merges its regulations with those
     * of other documents (a title cited with a number in one and without in another is one node).
     */
    @Override
    public void replaceDocument(DocumentGraph graph) {
        writeBatch(writer -> writer.replaceDocument(graph));
    }

    /** Runs the whole batch in one write transaction: an exception aborts it and nothing of it is stored. */
    @Override
    public void writeBatch(Consumer<DocumentWriter> body) {
        inWriteTransaction(() -> body.accept(new DocumentWriter() {
            @Override
            public Optional<String> storedCopy(String checksum, String ownFileName) {
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(StoredCopyQuery.of(checksum, ownFileName)).build()) {
                    return StoredCopyQuery.first(exec);
                }
            }

            @Override
            public Optional<String> storedSource(String graphIri) {
                return sourceOf(dataset.asDatasetGraph(), graphIri);
            }

            @Override
            public void replaceDocument(DocumentGraph graph) {
                DatasetGraph dsg = dataset.asDatasetGraph();
                graphsFromFile(dsg, graph.fileName()).forEach(dsg::removeGraph);
                Node name = NodeFactory.createURI(graph.graphIri());
                dsg.removeGraph(name);
                dsg.addGraph(name, graph.model().getGraph());
                RegulationMerge.of(graph).forEach(update -> UpdateAction.execute(update, dsg));
            }
        }));
        generation.incrementAndGet();
    }

    @Override
    public <T> T query(Query query, Map<String, Node> bindings, Function<QueryExecution, T> action) {
        return read(ds -> {
            var builder = QueryExecution.dataset(ds).query(query);
            bindings.forEach((name, node) -> builder.substitution(name, ds.getDefaultModel().asRDFNode(node)));
            try (QueryExecution exec = builder.build()) {
                return action.apply(exec);
            }
        });
    }

    /**
     * Replaces one named graph (e.g. the vocabularies) in its own transaction, unless it holds that
     * already: every ingest offers the vocabularies again, and rewriting them unchanged would only leave
     * copied blocks behind.
     */
    @Override
    public void replaceGraph(String graphIri, Model model) {
        boolean changed = inWriteTransaction(() -> {
            Node name = NodeFactory.createURI(graphIri);
            DatasetGraph dsg = dataset.asDatasetGraph();
            Graph stored = dsg.getGraph(name);
            if (stored.size() == model.size() && stored.isIsomorphicWith(model.getGraph())) {
                return false;
            }
            dsg.removeGraph(name);
            dsg.addGraph(name, model.getGraph());
            return true;
        });
        if (changed) {
            generation.incrementAndGet();
        }
    }

    private void inWriteTransaction(Runnable body) {
        inWriteTransaction(() -> {
            body.run();
            return null;
        });
    }

    private <T> T inWriteTransaction(Supplier<T> body) {
        writing.lock();
        try {
            return Txn.calculateWrite(dataset, body);
        } catch (RuntimeException | Error aborted) {
            try {
                AbortedWriteRepair.afterAbort(dataset.asDatasetGraph());
            } catch (RuntimeException | LinkageError repairFailed) {
                // the write's own failure is what the caller must see; the repair's rides along with it
                aborted.addSuppressed(repairFailed);
            }
            throw aborted;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Copies the live data into a new TDB2 generation and deletes the old one, which holds every block a
     * write transaction superseded (copy-on-write). Queries carry on meanwhile; writers wait. False for a
     * dataset without a directory of its own (in memory, or opened by someone else), where there is
     * nothing to compact.
     */
    @Override
    public boolean compact() {
        if (directory() == null) {
            return false;
        }
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        // the new generation is a new dataset underneath, with a context of its own
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return true;
    }

    /** The store's directory, or null for a dataset without one (in memory, or opened by someone else). */
    public Path directory() {
        return dataset.asDatasetGraph() instanceof DatasetGraphSwitchable switchable && switchable.hasContainerPath()
                ? switchable.getContainerPath() : null;
    }

    /**
     * How many writes this store object has committed; what was read at one generation is still true
     * while it has not changed (answers may be kept that long).
     */
    public long generation() {
        return generation.get();
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /** Counted by the query engine, which counts TDB2's node ids without decoding a node (a find() would decode every quad). */
    @Override
    public long quadCount() {
        return query(QUAD_COUNT, Map.of(), exec -> exec.execSelect().next().getLiteral("n").getLong());
    }

    private static final Query QUAD_COUNT = org.apache.jena.query.QueryFactory.create(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");

    /** The file a stored document graph was read from (its dcterms:source), outside a write batch. */
    public Optional<String> storedSource(String graphIri) {
        return read(ds -> sourceOf(ds.asDatasetGraph(), graphIri));
    }

    private static Optional<String> sourceOf(DatasetGraph dsg, String graphIri) {
        var found = dsg.find(NodeFactory.createURI(graphIri), Node.ANY, DCTerms.source.asNode(), Node.ANY);
        while (found.hasNext()) {
            Node source = found.next().getObject();
            if (source.isLiteral()) {
                return Optional.of(source.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
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
