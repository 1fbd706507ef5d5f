package org.policykg.load;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A bulk loader for a new, empty TDB2 store that writes every index once, packed: while the parts are
 * parsed (on the callers' threads, {@link BulkLoader#parsers()} parts at once), nodes go into the node
 * table on a thread of their own and the tuples into memory as four ints a quad ({@link TupleColumns});
 * at the end each index is sorted in memory and written whole, in full blocks ({@link IndexPacker}), two
 * at a time. Jena's phased loader instead inserts every quad into every index, a block split at a time, and
 * reads the primary index back for the others. What this costs: heap for the tuples (16–24 bytes a quad
 * while parsing, up to ~40 while two indexes sort), so it suits loads of some tens of millions of quads per
 * 2 GB of heap; beyond that the phased loader or {@code tdb2.xloader}, whose sort is on disk.
 */
final class PackedLoader implements DataLoader {
    private static final int BATCH = 10_000;
    /** Heap a quad takes at most: four int columns grown by half again, and two indexes' sort orders at once. */
    static final long PEAK_BYTES_PER_QUAD = 40;
    private final DatasetGraphTDB dsg;
    private final MonitorOutput output;
    private final NodeTable nodeTable;
    private final NodeIds nodeIds = new NodeIds();
    private final TupleColumns triples = new TupleColumns(3);
    private final TupleColumns quads = new TupleColumns(4);
    private final byte[] idBytes = new byte[8];
    /** Batches of parsed quads on their way to the node thread; an empty batch ends the load. */
    private final BlockingQueue<List<Quad>> batches = new ArrayBlockingQueue<>(16);
    private final ExecutorService nodeThread = Executors.newSingleThreadExecutor();
    private Future<?> nodesDone;
    private volatile boolean abandoned;
    private long triplesSent;
    private long quadsSent;

    PackedLoader(DatasetGraph dsg, MonitorOutput output) {
        this.dsg = TDBInternal.getDatasetGraphTDB(dsg);
        this.output = output;
        this.nodeTable = this.dsg.getQuadTable().getNodeTupleTable().getNodeTable();
    }

    @Override
    public void startBulk() {
        dsg.getTxnSystem().getTxnMgr().startExclusiveMode();
        nodesDone = nodeThread.submit(this::allocateNodes);
    }

    /**
     * A sink for one part: the parser's thread only batches what it parsed, and node ids are found or
     * allocated on a thread of their own. Each part may be parsed on a thread of its own, so that the node
     * ids, and with them the store's bytes, depend on the parsers' timing; its quads do not.
     */
    @Override
    public StreamRDF stream() {
        return new StreamRDFBase() {
            private List<Quad> batch = new ArrayList<>(BATCH);

            @Override
            public void triple(Triple t) {
                quad(Quad.create(Quad.defaultGraphNodeGenerated, t));
            }

            @Override
            public void quad(Quad q) {
                batch.add(q);
                if (batch.size() == BATCH) {
                    send(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }

            @Override
            public void finish() {
                if (!batch.isEmpty()) {
                    send(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        };
    }

    private void send(List<Quad> quads) {
        try {
            while (!batches.offer(quads, 1, TimeUnit.SECONDS)) {
                if (nodesDone.isDone()) {
                    waitForNodes();   // the node thread failed: its error, not a hang
                    throw new IllegalStateException("load abandoned");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        }
    }

    /**
     * On the node thread, in one write transaction of the node table alone (TDB2's transactions belong to
     * the thread that began them): every node of every batch, in the order the batches arrive (with two
     * parsers that order, and so the node ids, vary between loads of the same parts; the quads do not).
     */
    private Void allocateNodes() throws InterruptedException {
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodeTable);
        CoLib.start(coordinator);
        Transaction writes = coordinator.begin(TxnType.WRITE);
        try {
            for (List<Quad> quads = batches.take(); !quads.isEmpty() && !abandoned; quads = batches.take()) {
                quads.forEach(this::add);
            }
            if (abandoned) {
                writes.abort();
            } else {
                writes.commit();
            }
        } catch (RuntimeException | InterruptedException e) {
            writes.abort();
            throw e;
        } finally {
            writes.end();
        }
        return null;
    }

    private void add(Quad q) {
        if (q.isTriple()) {
            triples.add(place(q.getSubject()), place(q.getPredicate()), place(q.getObject()));
            triplesSent++;
        } else {
            quads.add(place(q.getGraph()), place(q.getSubject()), place(q.getPredicate()), place(q.getObject()));
            quadsSent++;
        }
    }

    private int place(Node node) {
        NodeId id = nodeTable.getAllocateNodeId(node);
        NodeIdFactory.set(id, idBytes);
        return nodeIds.place(Bytes.getLong(idBytes));
    }

    private void waitForNodes() {
        try {
            await(nodesDone);
        } finally {
            nodeThread.shutdown();
        }
    }

    /** The task's own failure as it was thrown, not wrapped: the load's error names what went wrong. */
    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void finishBulk() {
        send(List.of());
        waitForNodes();
        say("nodes: %,d distinct in %,d triples and %,d quads", nodeIds.size(), triplesSent, quadsSent);
        int[] rankOfPlace = new int[nodeIds.size()];
        long[] idOfRank = nodeIds.sorted(rankOfPlace);
        triples.remap(rankOfPlace);
        quads.remap(rankOfPlace);
        List<Runnable> builds = new ArrayList<>();
        addBuilds(builds, triples, idOfRank, dsg.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes(), "SPO");
        addBuilds(builds, quads, idOfRank, dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(), "GSPO");
        runTwoAtATime(builds);
        dsg.getTxnSystem().getTxnMgr().finishExclusiveMode();
    }

    private void addBuilds(List<Runnable> builds, TupleColumns tuples, long[] idOfRank, TupleIndex[] indexes, String primary) {
        if (tuples.size() == 0) {
            return;
        }
        IndexPacker packer = new IndexPacker(tuples, idOfRank);
        for (TupleIndex index : indexes) {
            builds.add(() -> {
                long started = System.nanoTime();
                long written = packer.pack(index, primary);
                say("index %s: %,d rows, %.1f s", index.getName(), written, (System.nanoTime() - started) / 1e9);
            });
        }
    }

    /** Two threads: each index is sorted and written on its own, and a sort is what one core does at a time. */
    private static void runTwoAtATime(List<Runnable> builds) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            builds.stream().<Future<?>>map(pool::submit).toList().forEach(PackedLoader::await);
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void finishException(Exception ex) {
        abandoned = true;
        batches.clear();
        batches.offer(List.of());
        try {
            waitForNodes();
        } catch (RuntimeException alsoFailed) {
            ex.addSuppressed(alsoFailed);
        }
        dsg.getTxnSystem().getTxnMgr().finishExclusiveMode();
    }

    @Override
    public void load(List<String> filenames) {
        throw new UnsupportedOperationException("parts are parsed by BulkLoad");
    }

    @Override
    public void loadFromInputStream(String label, InputStream input, Lang syntax) {
        throw new UnsupportedOperationException("parts are parsed by BulkLoad");
    }

    @Override
    public long countTriples() {
        return triplesSent;
    }

    @Override
    public long countQuads() {
        return quadsSent;
    }

    private void say(String fmt, Object... args) {
        output.print(fmt, args);
    }
}
