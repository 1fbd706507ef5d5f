package org.policykg.extract;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.policykg.extract.citation.CitationExtractor;
import org.policykg.extract.citation.CitationMention;
import org.policykg.extract.citation.relation.CitationRelationReader;
import org.policykg.extract.department.DepartmentExtractor;
import org.policykg.extract.indicator.TargetExtractor;
import org.policykg.extract.project.ProjectExtractor;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.Iris;
import org.policykg.structure.PolicyDocument;

/**
 * The extractors alone (not part of {@code mvn verify}): the corpus is read and structured once, then each
 * extractor is timed on one thread as {@link DocumentExtractor} runs them, as thread CPU and bytes allocated
 * per document. Only the extractors' public API is used, so an older build's classes put first on the class
 * path are measured by the same class.
 *
 * <p>Usage: {@code ExtractorsBenchmark CORPUS_DIR N [ROUNDS]}; {@code -Dbench.jfr=FILE} records the measured rounds.
 */
public final class ExtractorsBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final String[] STAGES = {"citations", "departments", "targets", "projects", "relations"};

    private final CitationExtractor citations = new CitationExtractor();
    private final DepartmentExtractor departments = new DepartmentExtractor();
    private final TargetExtractor targets = new TargetExtractor();
    private final ProjectExtractor projects = new ProjectExtractor();
    private final CitationRelationReader relations = new CitationRelationReader();
    private long sink;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<PolicyDocument> docs = documents(dir, size);
        ExtractorsBenchmark bench = new ExtractorsBenchmark();
        for (int w = 0; w < 8; w++) {
            bench.round(docs, null);
        }
        Recording recording = null;
        if (System.getProperty("bench.jfr") != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
        }
        for (int r = 1; r <= rounds; r++) {
            bench.round(docs, "round " + r);
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(System.getProperty("bench.jfr")));
        }
        System.out.println("(" + bench.sink + ")");
    }

    private static List<PolicyDocument> documents(Path dir, int size) throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));
        List<PolicyDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().limit(size).toList()) {
                docs.add(pipeline.structure(f));
            }
        }
        return docs;
    }

    private void round(List<PolicyDocument> docs, String label) {
        long[] cpu = new long[STAGES.length];
        long[] bytes = new long[STAGES.length];
        for (PolicyDocument doc : docs) {
            String place = doc.metadata().place() == null ? null : doc.metadata().place().name();
            Integer cutoff = doc.metadata().date() != null
                    ? Integer.valueOf(doc.metadata().date().getYear()) : doc.metadata().periodStart();
            long c0 = THREADS.getCurrentThreadCpuTime();
            long b0 = THREADS.getCurrentThreadAllocatedBytes();
            List<CitationMention> mentions = citations.extract(doc.text(), doc.metadata());
            sink += CitationExtractor.distinct(mentions).size();
            long c1 = THREADS.getCurrentThreadCpuTime();
            long b1 = THREADS.getCurrentThreadAllocatedBytes();
            sink += departments.extract(doc.text(), doc.outline(), place).size();
            long c2 = THREADS.getCurrentThreadCpuTime();
            long b2 = THREADS.getCurrentThreadAllocatedBytes();
            sink += targets.extract(doc.text(), doc.outline(), doc.metadata().periodEnd(), cutoff).size();
            long c3 = THREADS.getCurrentThreadCpuTime();
            long b3 = THREADS.getCurrentThreadAllocatedBytes();
            sink += projects.extract(doc.text(), doc.outline()).size();
            long c4 = THREADS.getCurrentThreadCpuTime();
            long b4 = THREADS.getCurrentThreadAllocatedBytes();
            sink += relations.read(doc.text(), doc.outline(), mentions).size();
            long c5 = THREADS.getCurrentThreadCpuTime();
            long b5 = THREADS.getCurrentThreadAllocatedBytes();
            long[] c = {c0, c1, c2, c3, c4, c5};
            long[] b = {b0, b1, b2, b3, b4, b5};
            for (int i = 0; i < STAGES.length; i++) {
                cpu[i] += c[i + 1] - c[i];
                bytes[i] += b[i + 1] - b[i];
            }
        }
        if (label != null) {
            int n = docs.size();
            long allCpu = 0;
            long allBytes = 0;
            StringBuilder line = new StringBuilder(label).append(':');
            for (int i = 0; i < STAGES.length; i++) {
                allCpu += cpu[i];
                allBytes += bytes[i];
                line.append(String.format(" %s %.3f ms %.0f KB;", STAGES[i], cpu[i] / 1e6 / n, bytes[i] / 1024.0 / n));
            }
            System.out.printf("%s all %.3f ms/doc %.0f KB/doc%n", line, allCpu / 1e6 / n, allBytes / 1024.0 / n);
        }
    }
}
