package org.policykg.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.read.BadInputException;
import org.policykg.store.DocumentWriter;
import org.policykg.store.GraphStore;

/**
 * Ingests files into the store. Reading, extraction, building and SHACL validation of each file run
 * on {@code threads} workers (they are independent per document); one writer, the calling thread,
 * stores the results in file order, in write units (TDB2 write transactions) that grow as
 * {@link WriteUnits} says. Outcomes are those of a sequential ingest: the same store, the same messages
 * in the same order, each printed once its unit is committed. A bad file is reported on stderr with
 * its name and reason and skipped; it never reaches the writer, so nothing of it is stored. Should a
 * unit fail while being written, it is rolled back whole and its documents are written again one
 * per unit, so one failing document cannot take the others with it. Progress counts a document when
 * it is written into its unit.
 */
public final class Ingester {
    /** Makes a document's graph from a file; the seam where tests put in a deliberately broken graph. */
    @FunctionalInterface
    public interface GraphSource {
        DocumentGraph build(Path file) throws BadInputException;
    }

    private final Iris iris;
    private final ThreadLocal<DocumentPipeline> pipelines;
    private final GraphSource graphs;
    private final PrintStream errors;
    private final Progress progress;
    private final int threads;

    public Ingester(Iris iris, PrintStream errors, Progress progress) {
        this(iris, null, errors, progress, 1);
    }

    public Ingester(Iris iris, GraphSource graphs, PrintStream errors, Progress progress) {
        this(iris, graphs, errors, progress, 1);
    }

    /** With {@code threads} extraction workers (1: sequential, as before). Each worker has its own pipeline. */
    public Ingester(Iris iris, GraphSource graphs, PrintStream errors, Progress progress, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.iris = iris;
        this.pipelines = ThreadLocal.withInitial(() -> new DocumentPipeline(iris));
        this.graphs = graphs == null ? file -> pipelines.get().build(file) : graphs;
        this.errors = errors;
        this.progress = progress;
        this.threads = threads;
    }

    /** What a worker made of one file: a graph (valid, or with the violations that keep it out), or why there is none. */
    private record Built(Path file, DocumentGraph graph, String failure) {
        long quads() {
            return graph == null ? 0 : graph.model().size();
        }
    }

    /** What happened to one file at the writer, kept until its batch is committed. */
    private record Outcome(boolean stored, String failure, String skipped, long citations, long quads, String replaced,
                           List<String> warnings) {
        Outcome(boolean stored, String failure, String skipped, long citations, long quads) {
            this(stored, failure, skipped, citations, quads, null, List.of());
        }
    }

    public IngestSummary ingest(List<Path> inputs, GraphStore store) {
        long started = System.nanoTime();
        List<Path> files = expand(inputs);
        store.replaceGraph(iris.vocabularyGraph(), Vocabularies.load());
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        emptyDirectories(inputs).forEach(dir -> fail(failures, dir + ": directory holds no document files"));
        int[] stored = {0};
        long[] citations = {0};
        long[] written = {0};
        AtomicInteger workerNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-" + workerNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Prefetch prefetch = new Prefetch(files, workers);
            WriteUnits units = new WriteUnits();
            int[] done = {0};
            progress.update(0, files.size(), files.isEmpty() ? "" : files.get(0).getFileName().toString());
            while (prefetch.hasMore()) {
                for (Outcome outcome : writeUnit(prefetch, units.next(), store,
                        name -> progress.update(++done[0], files.size(), name))) {
                    if (outcome.failure() != null) {
                        fail(failures, outcome.failure());
                    } else if (outcome.skipped() != null) {
                        skip(skipped, outcome.skipped());
                    } else {
                        if (outcome.replaced() != null) {
                            replaced.add(outcome.replaced());
                            errors.println("warning: " + outcome.replaced());
                        }
                        stored[0]++;
                        outcome.warnings().forEach(w -> errors.println("warning: " + w));
                        citations[0] += outcome.citations();
                        written[0] += outcome.quads();
                    }
                }
            }
        } finally {
            workers.shutdownNow();
        }
        progress.update(files.size(), files.size(), "");
        return new IngestSummary(stored[0], failures, skipped, store.quadCount(), written[0], citations[0],
                (System.nanoTime() - started) / 1e9, replaced);
    }

    /**
     * The files on the workers in order, a few documents ahead of the writer, so that they extract while
     * it writes and the writer holds one document at a time however large its unit.
     */
    private final class Prefetch {
        private final List<Path> files;
        private final ExecutorService workers;
        private final Deque<Future<Built>> pending = new ArrayDeque<>();
        private int next;

        Prefetch(List<Path> files, ExecutorService workers) {
            this.files = files;
            this.workers = workers;
        }

        boolean hasMore() {
            return next < files.size() || !pending.isEmpty();
        }

        Built take() {
            while (pending.size() < 4 * threads && next < files.size()) {
                Path file = files.get(next++);
                pending.add(workers.submit(() -> build(file)));
            }
            return result(pending.poll());
        }
    }

    /** On a worker: read → … → build → validate. */
    private Built build(Path file) {
        DocumentGraph graph;
        try {
            graph = graphs.build(file);
        } catch (BadInputException e) {
            return new Built(file, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Built(file, null, file + ": internal error, document not stored: " + e);
        }
        try {
            pipelines.get().validate(file, graph);
            return new Built(file, graph, null);
        } catch (InvalidDocumentException e) {
            return new Built(file, graph, file + ": SHACL violations, document not stored:\n" + e.getMessage());
        } catch (RuntimeException e) {
            return new Built(file, null, file + ": internal error, document not stored: " + e);
        }
    }

    private static Built result(Future<Built> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkersFailed("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new WorkersFailed("extraction failed", e.getCause());
        }
    }

    /** The workers themselves failed (interrupted, out of memory): the ingest stops, no document is to blame. */
    private static final class WorkersFailed extends RuntimeException {
        WorkersFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Up to {@code size} documents in one write unit, each written as it comes off the workers and
     * announced to {@code written}; the outcomes are final once the unit is committed. Should the unit
     * fail, it is rolled back, and the files it had taken are built again and written one per unit, so
     * that one failing document cannot take the others with it.
     */
    private List<Outcome> writeUnit(Prefetch prefetch, int size, GraphStore store, Consumer<String> written) {
        List<Path> taken = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            store.writeBatch(writer -> {
                while (taken.size() < size && prefetch.hasMore()) {
                    Built b = prefetch.take();
                    taken.add(b.file());
                    outcomes.add(write(b, writer));
                    written.accept(b.file().getFileName().toString());
                }
            });
            return outcomes;
        } catch (WorkersFailed e) {
            throw e;
        } catch (RuntimeException unitFailed) {
            if (taken.size() == 1) {
                return List.of(internalError(taken.get(0), unitFailed));
            }
            return taken.stream().map(file -> writeAlone(build(file), store)).toList();
        }
    }

    private Outcome writeAlone(Built b, GraphStore store) {
        Outcome[] outcome = new Outcome[1];
        try {
            store.writeBatch(writer -> outcome[0] = write(b, writer));
            return outcome[0];
        } catch (RuntimeException e) {
            return internalError(b.file(), e);
        }
    }

    /**
     * One document inside a write unit, with the checks of a sequential ingest in its order: a
     * byte-identical copy of a stored document (the writer's reads see what this unit wrote before)
     * is skipped, an invalid graph refused, anything else stored.
     */
    private static Outcome write(Built b, DocumentWriter writer) {
        if (b.graph() == null) {
            return new Outcome(false, b.failure(), null, 0, 0);
        }
        String checksum = checksum(b.graph());
        Optional<String> original = checksum == null ? Optional.empty() : writer.storedCopy(checksum, b.graph().fileName());
        if (original.isPresent()) {
            return new Outcome(false, null, b.file() + ": same bytes as " + original.get()
                    + ", which is stored; skipped, not stored twice", 0, 0);
        }
        if (b.failure() != null) {
            return new Outcome(false, b.failure(), null, 0, 0);
        }
        String replaced = writer.storedSource(b.graph().graphIri()).filter(other -> !other.equals(b.graph().fileName()))
                .map(other -> replacement(b.graph(), other)).orElse(null);
        writer.replaceDocument(b.graph());
        long citations = b.graph().model().listStatements(null, Eli.cites, (RDFNode) null).toList().size();
        List<String> warnings = b.graph().warnings().stream().map(w -> b.file() + ": " + w).toList();
        return new Outcome(true, null, null, citations, b.quads(), replaced, warnings);
    }

    /** Said when two files resolve to one document (same 发文字号, or same title, date and place without one). */
    public static String replacement(DocumentGraph graph, String otherFile) {
        return graph.fileName() + " and " + otherFile + " are the same document (" + graph.documentIri() + "): "
                + graph.fileName() + " replaces " + otherFile + " in the store";
    }

    private static Outcome internalError(Path file, RuntimeException e) {
        return new Outcome(false, file + ": internal error, document not stored: " + e, null, 0, 0);
    }

    private static String checksum(DocumentGraph graph) {
        return graph.model().listStatements(null, PolicyOntology.checksum, (String) null).nextOptional().map(Statement::getString).orElse(null);
    }

    private void skip(List<String> skipped, String message) {
        skipped.add(message);
        errors.println("notice: " + message);
    }

    private void fail(List<String> failures, String message) {
        failures.add(message);
        errors.println("error: " + message.strip());
    }

    /** A directory given by name that holds no file to read is a mistake worth telling (a mistyped path, a folder named like a file). */
    private static List<Path> emptyDirectories(List<Path> inputs) {
        return inputs.stream().filter(Files::isDirectory).filter(dir -> expand(List.of(dir)).isEmpty()).toList();
    }

    /** Files as given, directories by their regular files in name order (hidden files skipped). */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> children = Files.list(input)) {
                    children.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
