package org.policykg.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.policykg.rdf.Iris;
import org.policykg.read.BadInputException;
import org.policykg.store.GraphStore;

/**
 * Ingests files into the store. Reading, extraction, building and SHACL validation of each file run
 * on {@code threads} workers ({@link ExtractionWorkers}; they are independent per document); one
 * writer, the calling thread, stores the results in file order ({@link UnitWriter}), in write units that
 * grow as {@link WriteUnits} says. Outcomes are those of a sequential ingest: the same store, the same
 * messages in the same order, each printed once its unit is committed ({@link IngestTally}). A bad file
 * is reported on stderr with its name and reason and skipped; it never reaches the writer, so nothing
 * of it is stored. Progress counts a document when it is written into its unit.
 */
public final class Ingester {
    /** Makes a document from a file; the seam where tests put in a deliberately broken graph. */
    @FunctionalInterface
    public interface DocumentSource {
        BuiltDocument build(Path file) throws BadInputException;
    }

    private final Iris iris;
    private final ThreadLocal<DocumentPipeline> pipelines;
    private final DocumentSource documents;
    private final PrintStream errors;
    private final Progress progress;
    private final int threads;

    public Ingester(Iris iris, PrintStream errors, Progress progress) {
        this(iris, null, errors, progress, 1);
    }

    public Ingester(Iris iris, DocumentSource documents, PrintStream errors, Progress progress) {
        this(iris, documents, errors, progress, 1);
    }

    /** With {@code threads} extraction workers (1: sequential, as before). Each worker has its own pipeline. */
    public Ingester(Iris iris, DocumentSource documents, PrintStream errors, Progress progress, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.iris = iris;
        this.pipelines = ThreadLocal.withInitial(() -> new DocumentPipeline(iris));
        this.documents = documents == null ? file -> pipelines.get().build(file) : documents;
        this.errors = errors;
        this.progress = progress;
        this.threads = threads;
    }

    public IngestSummary ingest(List<Path> inputs, GraphStore store) {
        long started = System.nanoTime();
        List<Path> files = InputFiles.expand(inputs);
        store.replaceGraph(iris.vocabularyGraph(), Vocabularies.load());
        IngestTally tally = new IngestTally(errors);
        InputFiles.emptyDirectories(inputs).forEach(dir -> tally.fail(dir + ": directory holds no document files"));
        UnitWriter writer = new UnitWriter(store, this::prepare);
        try (ExtractionWorkers workers = new ExtractionWorkers(files, threads, this::prepare)) {
            WriteUnits units = new WriteUnits();
            int[] done = {0};
            progress.update(0, files.size(), files.isEmpty() ? "" : files.get(0).getFileName().toString());
            while (workers.hasMore()) {
                writer.writeUnit(workers, units.next(), name -> progress.update(++done[0], files.size(), name))
                        .forEach(tally::add);
            }
        }
        progress.update(files.size(), files.size(), "");
        return tally.summary(store.quadCount(), (System.nanoTime() - started) / 1e9);
    }

    /** On a worker: read → … → build → validate; a failure says what stops the document. */
    private WorkerResult prepare(Path file) {
        BuiltDocument built;
        try {
            built = documents.build(file);
        } catch (BadInputException e) {
            return WorkerResult.failed(file, e.getMessage());
        } catch (RuntimeException e) {
            return WorkerResult.failed(file, internalError(file, e));
        }
        try {
            pipelines.get().validate(file, built.graph());
            return new WorkerResult(file, built, null);
        } catch (InvalidDocumentException e) {
            return new WorkerResult(file, built, file + ": SHACL violations, document not stored:\n" + e.getMessage());
        } catch (RuntimeException e) {
            return WorkerResult.failed(file, internalError(file, e));
        }
    }

    private static String internalError(Path file, RuntimeException e) {
        return file + ": internal error, document not stored: " + e;
    }
}
