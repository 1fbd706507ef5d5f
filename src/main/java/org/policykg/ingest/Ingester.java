package org.policykg.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.policykg.build.DocumentGraph;
import org.policykg.build.Iris;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.build.vocab.Eli;
import org.policykg.read.BadInputException;
import org.policykg.store.KnowledgeStore;

/**
 * Ingests files into the store, each in its own transaction: a bad file is reported on stderr with
 * its name and reason and skipped; what was stored before, and the other files, are kept.
 */
public final class Ingester {
    /** Makes a document's graph from a file; the seam where tests put in a deliberately broken graph. */
    @FunctionalInterface
    public interface GraphSource {
        DocumentGraph build(Path file) throws BadInputException;
    }

    private final Iris iris;
    private final DocumentPipeline pipeline;
    private final GraphSource graphs;
    private final PrintStream errors;
    private final Progress progress;
    private final StoredCopies copies = new StoredCopies();

    public Ingester(Iris iris, PrintStream errors, Progress progress) {
        this(iris, null, errors, progress);
    }

    public Ingester(Iris iris, GraphSource graphs, PrintStream errors, Progress progress) {
        this.iris = iris;
        this.pipeline = new DocumentPipeline(iris);
        this.graphs = graphs == null ? pipeline::build : graphs;
        this.errors = errors;
        this.progress = progress;
    }

    public IngestSummary ingest(List<Path> inputs, KnowledgeStore store) {
        long started = System.nanoTime();
        List<Path> files = expand(inputs);
        store.replaceGraph(iris.vocabularyGraph(), Vocabularies.load());
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        emptyDirectories(inputs).forEach(dir -> fail(failures, dir + ": directory holds no document files"));
        int stored = 0;
        long citations = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size(), file.getFileName().toString());
            try {
                DocumentGraph graph = graphs.build(file);
                Optional<String> original = copies.copyOf(store, graph);
                if (original.isPresent()) {
                    skip(skipped, file + ": same bytes as " + original.get() + ", which is stored; skipped, not stored twice");
                    continue;
                }
                pipeline.validate(file, graph);
                store.replaceDocument(graph);
                citations += graph.model().listStatements(null, Eli.cites, (RDFNode) null).toList().size();
                stored++;
            } catch (BadInputException e) {
                fail(failures, e.getMessage());
            } catch (InvalidDocumentException e) {
                fail(failures, file + ": SHACL violations, document not stored:\n" + e.getMessage());
            } catch (RuntimeException e) {
                fail(failures, file + ": internal error, document not stored: " + e);
            }
        }
        progress.update(files.size(), files.size(), "");
        return new IngestSummary(stored, failures, skipped, store.quadCount(), citations, (System.nanoTime() - started) / 1e9);
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
