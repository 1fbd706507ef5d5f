package org.policykg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.ingest.InvalidDocumentException;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;
import org.policykg.read.BadInputException;

/**
 * On an executor: every file of one partition through the real pipeline (read → normalize → structure →
 * extract → build RDF → SHACL), with one {@link DocumentPipeline} for the partition, as an ingest worker
 * has one for its thread. Files on the local file system are read where they are; any other Hadoop file
 * system (hdfs:, s3a: …) is copied to a scratch folder under the file's own name first, since the reader
 * takes a path and the file's name is part of the document (its source, its title when it has none).
 * The outcomes for a file are those of an ingest worker, with the same messages.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<InputDocument>, ExtractedDocument> {
    private static final long serialVersionUID = 1L;
    private final String base;
    private final Broadcast<HadoopConf> hadoop;

    PartitionExtractor(String base, Broadcast<HadoopConf> hadoop) {
        this.base = base;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<ExtractedDocument> call(Iterator<InputDocument> inputs) throws IOException {
        Iris iris = new Iris(base);
        DocumentPipeline pipeline = new DocumentPipeline(iris);
        Path scratch = Files.createTempDirectory("policykg-spark-");
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> delete(scratch));
        }
        String regulations = iris.base() + "regulation/";
        // lazily, one document at a time: a partition's graphs need not fit in memory together
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public ExtractedDocument next() {
                return extract(pipeline, inputs.next(), scratch, regulations);
            }
        };
    }

    private ExtractedDocument extract(DocumentPipeline pipeline, InputDocument input, Path scratch, String regulations) {
        URI uri = URI.create(input.uri());
        Path file;
        try {
            file = local(uri, scratch.resolve(Integer.toString(input.index())));
        } catch (IOException | RuntimeException e) {
            return ExtractedDocument.refused(input, input.uri() + ": cannot be read: " + e.getMessage());
        }
        try {
            return build(pipeline, input, file, regulations);
        } finally {
            if (file.startsWith(scratch)) {
                delete(file.getParent());
            }
        }
    }

    /** As an ingest worker: bad input and internal errors refuse the file; SHACL violations keep the graph beside the failure. */
    private ExtractedDocument build(DocumentPipeline pipeline, InputDocument input, Path file, String regulations) {
        String named = file.toString();
        DocumentGraph graph;
        try {
            graph = pipeline.build(file).graph();
        } catch (BadInputException e) {
            return ExtractedDocument.refused(input, renamed(e.getMessage(), named, input.uri()));
        } catch (RuntimeException e) {
            return ExtractedDocument.refused(input, input.uri() + ": internal error, document not stored: " + e);
        }
        String failure = null;
        try {
            pipeline.validate(file, graph);
        } catch (InvalidDocumentException e) {
            failure = input.uri() + ": SHACL violations, document not stored:\n" + renamed(e.getMessage(), named, input.uri());
        } catch (RuntimeException e) {
            return ExtractedDocument.refused(input, input.uri() + ": internal error, document not stored: " + e);
        }
        String skeleton = NQuads.of(graph.graphIri(), Skeleton.of(graph.model(), graph.graphIri(), input.index(), regulations).getGraph());
        return new ExtractedDocument(input.index(), input.uri(), graph.fileName(), graph.documentIri(), graph.graphIri(),
                failure == null ? NQuads.of(graph.graphIri(), graph.model().getGraph()).getBytes(StandardCharsets.UTF_8) : null, skeleton, graph.warnings(), failure);
    }

    /** Messages name the input as the user gave it, not the scratch copy. */
    private static String renamed(String message, String local, String uri) {
        return message == null ? uri : message.replace(local, uri);
    }

    private Path local(URI uri, Path folder) throws IOException {
        if ("file".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        Files.createDirectories(folder);
        Path copy = folder.resolve(remote.getName());
        FileSystem fs = remote.getFileSystem(hadoop.value().configuration());
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
