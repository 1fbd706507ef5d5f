package org.policykg.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.policykg.ingest.Vocabularies;
import org.policykg.rdf.Iris;

/**
 * The job: list the inputs on the driver; extract every file on the executors, one pipeline per
 * partition; replay ingest's writer over the documents' skeletons on the driver (which graphs the store
 * keeps, how the regulation merge renames their nodes); write each kept graph whole into the part of its
 * partition, renamed. The output folder then holds {@code part-NNNNN.nq} (the documents' named graphs),
 * {@code vocabulary.nq} (the vocabulary graph every ingest stores), {@code report.tsv} (every file refused,
 * skipped, replacing another or stored with a warning) and {@code _SUCCESS}, last. Loaded together, the
 * N-Quads files are the quads ingest stores for the same inputs.
 */
public final class SparkExtraction {
    public static final String VOCABULARY = "vocabulary.nq";
    public static final String REPORT = "report.tsv";

    /** What a run did; {@code report} in input order. */
    public record Result(int files, int stored, long quads, int parts, long merged, List<ReportRow> report, double seconds,
                         Stages stages) {
        public long refused() {
            return report.stream().filter(r -> r.kind() == ReportRow.Kind.REFUSED).count();
        }

        public String line() {
            return String.format("extracted %d of %d files into %d parts: %d quads, %d regulation nodes merged across documents, %d refused, %.1f s"
                    + " (extraction %.1f s, writer replay %.1f s after it, parts %.1f s)",
                    stored, files, parts, quads, merged, refused(), seconds, stages.extraction(), stages.replay(), stages.parts());
        }
    }

    /**
     * Wall seconds of the three stages: extraction on the executors (until the last partition's summaries
     * reached the driver), what is left of the writer's replay on the driver after that (it runs beside the
     * extraction, partition by partition), writing the parts.
     */
    public record Stages(double extraction, double replay, double parts) {
    }

    private final JavaSparkContext spark;
    private final String base;

    public SparkExtraction(JavaSparkContext spark, String base) {
        this.spark = spark;
        this.base = base;
    }

    /**
     * {@code parts} 0: about one per 1,000 files, a whole multiple of the cluster's default parallelism, so
     * that no last wave of tasks runs on some cores while the others wait.
     */
    public Result run(List<String> inputs, String output, int parts) throws IOException {
        long started = System.nanoTime();
        Configuration conf = spark.hadoopConfiguration();
        FileSystem fs = new Path(output).getFileSystem(conf);
        // qualified here: a relative path left to the executors would be resolved in their own working
        // folders (a YARN container's, a standalone worker's), and the parts written there
        Path out = fs.makeQualified(new Path(output));
        fs.setWriteChecksum(false);
        if (fs.exists(out) && fs.listStatus(out).length > 0) {
            throw new IllegalArgumentException(output + ": output folder exists and is not empty");
        }
        DocumentListing listing = new DocumentListing(inputs, conf);
        List<InputDocument> files = listing.documents();
        int slices = parts > 0 ? parts : defaultSlices(files.size(), Math.max(1, spark.defaultParallelism()));
        Broadcast<HadoopConf> hadoop = spark.broadcast(new HadoopConf(conf));

        JavaRDD<ExtractedDocument> extracted = spark.parallelize(files, slices)
                .mapPartitions(new PartitionExtractor(base, hadoop))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            long t0 = System.nanoTime();
            // the replay takes each partition's summaries as soon as its task is done, in file order
            PartitionsInOrder<ExtractedDocument> summaries = new PartitionsInOrder<>(extracted.map(ExtractedDocument::summary));
            WriterReplay writer = new WriterReplay();
            Survivors survivors = writer.replay(summaries);
            long t1 = summaries.lastArrival();
            long t2 = System.nanoTime();
            List<String> written = extracted.mapPartitionsWithIndex(
                    new PartWriter(out.toString(), spark.broadcast(survivors), hadoop), false).collect();
            Stages stages = new Stages((t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);

            List<ReportRow> report = new ArrayList<>();
            listing.emptyFolders().forEach(dir -> report.add(new ReportRow(dir, ReportRow.Kind.REFUSED,
                    dir + ": directory holds no document files")));
            report.addAll(writer.report());
            writeVocabulary(fs, new Path(out, VOCABULARY));
            writeReport(fs, new Path(out, REPORT), report);
            fs.create(new Path(out, "_SUCCESS"), true).close();
            long quads = written.stream().mapToLong(line -> Long.parseLong(line.split(" ")[2])).sum();
            long merged = survivors.renamesByInput().values().stream().mapToLong(Map::size).sum();
            return new Result(files.size(), survivors.renamesByInput().size(), quads, slices, merged, report,
                    (System.nanoTime() - started) / 1e9, stages);
        } finally {
            extracted.unpersist(false);
        }
    }

    static int defaultSlices(int files, int parallelism) {
        int waves = Math.max(1, (files + 1000 * parallelism - 1) / (1000 * parallelism));
        return waves * parallelism;
    }

    private void writeVocabulary(FileSystem fs, Path file) throws IOException {
        String text = NQuads.of(new Iris(base).vocabularyGraph(), Vocabularies.load().getGraph());
        try (Writer w = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }

    private static void writeReport(FileSystem fs, Path file, List<ReportRow> rows) throws IOException {
        try (Writer w = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8)) {
            w.write("file\toutcome\tmessage\n");
            for (ReportRow row : rows) {
                w.write(row.tsv());
                w.write('\n');
            }
        }
    }
}
