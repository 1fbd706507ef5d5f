package org.policykg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.ProgressMonitor;
import org.apache.jena.system.progress.ProgressMonitorFactory;
import org.apache.jena.system.progress.ProgressStreamRDF;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.ingest.Vocabularies;
import org.policykg.rdf.Iris;

/**
 * Builds a new TDB2 store from N-Quads parts with a bulk loader (PolicyKG's packed one or Jena's), which write the node table
 * and indexes directly instead of through a write transaction per batch: the fast way to a large store,
 * but only into an empty one. The store is built in a hidden folder beside the target and moved into
 * place when complete, so a failure (a malformed part, a full disk) leaves no half-built store behind,
 * and the target is never a store that some parts reached and others did not. What {@code ingest} leaves
 * besides the documents' graphs is the vocabularies' graph; it is added when no part carried it. The
 * server builds everything else it needs (search index, labels, kept answers) from the store when it starts.
 */
public final class BulkLoad {
    /** What a load did, for its summary line. */
    public record Loaded(Path store, int parts, long quads, boolean vocabulariesAdded, BulkLoader loader, double seconds) {
        public String line() {
            return String.format("loaded %d part%s into %s: %,d quads%s, %s loader, %.1f s", parts, parts == 1 ? "" : "s", store, quads,
                    vocabulariesAdded ? " (and the vocabularies' graph)" : "", loader, seconds);
        }
    }

    private static final int TICK = 500_000;
    private static final long BYTES_PER_QUAD = 100;
    private final BulkLoader loader;
    private final Iris iris;
    private final PrintStream progress;

    /** {@code progress}: where the loader's progress lines (and a change of loader) go (stderr), or null for none. */
    public BulkLoad(BulkLoader loader, Iris iris, PrintStream progress) {
        this.loader = loader;
        this.iris = iris;
        this.progress = progress;
    }

    public Loaded load(List<Path> inputs, Path store) {
        long started = System.nanoTime();
        List<Path> parts = Parts.of(inputs);
        refuseUnlessEmpty(store);
        Path building = store.toAbsolutePath().resolveSibling("." + store.getFileName() + ".loading-" + ProcessHandle.current().pid());
        try {
            deleteTree(building);
            BulkLoader chosen = fitting(loader, parts, Runtime.getRuntime().maxMemory());
            if (chosen != loader) {
                say("notice: the parts may hold more quads than the packed loader keeps in %,d MB of heap (-Xmx); "
                        + "loading with the phased loader instead", Runtime.getRuntime().maxMemory() >> 20);
            }
            long quads = build(parts, building, chosen);
            boolean added = addVocabulariesIfMissing(building);
            moveInto(building, store);
            return new Loaded(store, parts.size(), quads, added, chosen, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException | Error e) {
            deleteTree(building);
            throw e;
        }
    }

    /** Only into nothing: loading beside existing data would skip the replacing and merging an ingest does per document. */
    static void refuseUnlessEmpty(Path store) {
        if (!Files.exists(store)) {
            return;
        }
        if (!Files.isDirectory(store)) {
            throw new LoadException(store + " is a file, not a folder: give a new or empty folder for the store", true);
        }
        try (Stream<Path> entries = Files.list(store)) {
            List<Path> inside = entries.toList();
            if (inside.isEmpty()) {
                return;
            }
            boolean tdb2 = inside.stream().anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
            throw new LoadException(store + (tdb2 ? " already holds a TDB2 store" : " is not empty (" + inside.size() + " entries)")
                    + ": load builds a new store into a new or empty folder only. Add documents to an existing store with "
                    + "'policykg ingest FILES --store " + store + "' (or --endpoint URL of the server holding it)", true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The loader asked for, unless it is the packed one and the parts look like more quads than the heap
     * holds (counting {@link #BYTES_PER_QUAD} of N-Quads a quad, a tenth of that gzipped; PolicyKG's parts
     * run at ~220): then Jena's phased loader, which needs no heap per quad, rather than running out of
     * memory after the parse.
     */
    static BulkLoader fitting(BulkLoader loader, List<Path> parts, long heap) {
        if (loader != BulkLoader.PACKED) {
            return loader;
        }
        long quads = 0;
        for (Path part : parts) {
            long bytes = part.toFile().length();
            quads += part.getFileName().toString().endsWith(".gz") ? bytes * 10 / BYTES_PER_QUAD : bytes / BYTES_PER_QUAD;
        }
        return quads * PackedLoader.PEAK_BYTES_PER_QUAD < heap * 4 / 5 ? loader : BulkLoader.PHASED;
    }

    private long build(List<Path> parts, Path building, BulkLoader loader) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(building.toString());
        try {
            DataLoader bulk = loader.create(dsg, output());
            bulk.startBulk();
            try {
                parseAll(parts, bulk, loader);
                bulk.finishBulk();
            } catch (RuntimeException e) {
                abandon(bulk, e);
                throw e;
            }
            return bulk.countQuads();
        } finally {
            // the store's files are closed and forgotten by this JVM, so the folder can be moved (or deleted)
            TDBInternal.expel(dsg);
        }
    }

    /** The parts in order, or as many at once as the loader takes, stopping all at the first that fails. */
    private void parseAll(List<Path> parts, DataLoader bulk, BulkLoader loader) {
        int parsers = Math.min(loader.parsers(), parts.size());
        if (parsers == 1) {
            for (int i = 0; i < parts.size(); i++) {
                say("part %d of %d: %s", i + 1, parts.size(), parts.get(i));
                parse(parts.get(i), bulk.stream());
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(parsers);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<?>> parsed = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Path part = parts.get(i);
                String line = String.format("part %d of %d: %s", i + 1, parts.size(), part);
                parsed.add(pool.submit(() -> {
                    if (!stop.get()) {
                        say("%s", line);
                        parse(part, new Stoppable(bulk.stream(), stop));
                    }
                }));
            }
            RuntimeException failure = null;
            for (Future<?> p : parsed) {
                try {
                    p.get();
                } catch (ExecutionException e) {
                    stop.set(true);
                    if (failure == null && !(e.getCause() instanceof Stoppable.Stopped)) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A part's sink that gives up as soon as another part failed, so a bad part does not wait for the rest. */
    private static final class Stoppable extends StreamRDFWrapper {
        static final class Stopped extends RuntimeException {
            Stopped() {
                super("stopped: another part failed", null, false, false);
            }
        }

        private final AtomicBoolean stop;

        Stoppable(StreamRDF sink, AtomicBoolean stop) {
            super(sink);
            this.stop = stop;
        }

        @Override
        public void quad(Quad quad) {
            if (stop.get()) {
                throw new Stopped();
            }
            super.quad(quad);
        }

        @Override
        public void triple(Triple triple) {
            if (stop.get()) {
                throw new Stopped();
            }
            super.triple(triple);
        }
    }

    private void parse(Path part, StreamRDF sink) {
        ProgressMonitor monitor = ProgressMonitorFactory.progressMonitor(part.getFileName().toString(), output(), TICK, 10);
        ProgressStreamRDF counted = new ProgressStreamRDF(sink, monitor);
        monitor.start();
        // IO.openFile unpacks .gz; the language is fixed, whatever the name says
        try (InputStream in = IO.openFileEx(part.toString())) {
            RDFParser.source(in).lang(Lang.NQUADS).checking(false).errorHandler(new PartErrors(part, progress)).parse(counted);
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            // a truncated .gz, a file gone: the parser's reader fails with the I/O error
            throw new LoadException(part + ": cannot read: " + e.getMessage() + "; nothing was loaded", false);
        }
        monitor.finish();
    }

    private static void abandon(DataLoader bulk, RuntimeException cause) {
        try {
            bulk.finishException(cause);
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    private boolean addVocabulariesIfMissing(Path building) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(building.toString());
        try {
            var name = NodeFactory.createURI(iris.vocabularyGraph());
            return Txn.calculateWrite(dsg, () -> {
                if (dsg.containsGraph(name)) {
                    return false;
                }
                dsg.addGraph(name, Vocabularies.load().getGraph());
                return true;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static void moveInto(Path building, Path store) {
        try {
            Files.deleteIfExists(store); // an empty folder, checked before the load
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.move(building, store, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the loaded store into " + store + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MonitorOutput output() {
        return (fmt, args) -> say(fmt, args);
    }

    private void say(String fmt, Object... args) {
        if (progress != null) {
            progress.println(String.format(fmt, args));
            progress.flush();
        }
    }
}
