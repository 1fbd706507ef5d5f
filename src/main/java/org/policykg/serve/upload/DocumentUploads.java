package org.policykg.serve.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;
import org.policykg.ingest.BuiltDocument;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.ingest.InvalidDocumentException;
import org.policykg.ingest.Vocabularies;
import org.policykg.read.BadInputException;
import org.policykg.serve.api.ApiException;
import org.policykg.store.KnowledgeStore;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Service;

/**
 * Ingests one uploaded document the way {@code policykg ingest} does (the same {@link DocumentPipeline}:
 * read, normalize, structure, extract, build, SHACL-validate) and stores it with
 * {@link KnowledgeStore#replaceDocument} in one write transaction: a document that fails any step is
 * refused with 422 and the store is left as it was. Uploads run one at a time.
 */
@Service
public class DocumentUploads {
    /**
     * What was stored; {@code replaced} names another file whose document this one replaced (null when none),
     * {@code warnings} say what the text did not state about itself (no title line, no date …).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stored(String file, String document, String graph, long triples, long citations, String replaced,
                         List<String> warnings) {
    }

    private final KnowledgeStore store;
    private final Iris iris;
    /** Built at the first upload: its readers and vocabularies cost a second of start-up otherwise. */
    private DocumentPipeline pipeline;

    public DocumentUploads(KnowledgeStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public synchronized Stored ingest(String fileName, InputStream content) {
        String name = UploadNames.check(fileName);
        Path dir = null;
        Path file = null;
        try {
            dir = Files.createTempDirectory("policykg-upload-");
            file = dir.resolve(name);
            if (!file.getParent().equals(dir)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "file name '" + name + "' refused");
            }
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            DocumentPipeline pipeline = pipeline();
            BuiltDocument built = pipeline.build(file);
            DocumentGraph graph = built.graph();
            pipeline.validate(file, graph);
            ensureVocabularies();
            String replaced = store.storedSource(graph.graphIri()).filter(other -> !other.equals(name)).orElse(null);
            store.replaceDocument(graph);
            if (replaced != null) {
                System.err.println("warning: " + built.replaces(replaced));
            }
            return new Stored(name, graph.documentIri(), graph.graphIri(), built.quads(), built.citations(), replaced,
                    built.warnings());
        } catch (BadInputException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, name + ": " + e.reason() + "; document not stored");
        } catch (InvalidDocumentException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, name + ": SHACL violations, document not stored:\n"
                    + e.getMessage().replace(file.toString(), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
            delete(dir);
        }
    }

    private DocumentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new DocumentPipeline(iris);
        }
        return pipeline;
    }

    private void ensureVocabularies() {
        boolean present = store.read(ds -> ds.containsNamedModel(iris.vocabularyGraph()));
        if (!present) {
            store.replaceGraph(iris.vocabularyGraph(), Vocabularies.load());
        }
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans up
            }
        }
    }
}
