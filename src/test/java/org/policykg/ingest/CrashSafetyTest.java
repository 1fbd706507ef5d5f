package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.structure.PolicyDocument;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;
import org.policykg.validate.ReportText;
import org.policykg.validate.ShaclCheck;

/**
 * An ingest killed with SIGKILL in the middle loses only the document it was writing: the store
 * reopens, validates, holds whole documents only, and ingesting the same files again ends with the
 * store an uninterrupted ingest makes. The transaction per document (TDB2) is what this proves.
 */
class CrashSafetyTest {
    private static final int VARIANTS = 5;
    private static final Pattern PROGRESS = Pattern.compile("^(\\d+)/(\\d+) ");

    @TempDir
    Path tmp;
    private final DocumentPipeline pipeline = new DocumentPipeline(new org.policykg.rdf.Iris(org.policykg.rdf.Iris.DEFAULT_BASE));

    @Test
    void anIngestKilledMidwayLeavesWholeDocumentsAndCompletesWhenRunAgain() throws Exception {
        Path corpus = corpus();
        Path store = tmp.resolve("store");

        int started = ingestAndKill(corpus, store, 4);

        try (TempStore s = new TempStore(store)) {
            Map<String, Integer> storedTasks = storedTasksPerFile(s);
            assertThat(storedTasks).as("documents stored before the kill").isNotEmpty().hasSizeLessThan(5 * VARIANTS);
            for (var stored : storedTasks.entrySet()) {
                assertThat(stored.getValue()).as(stored.getKey()).isEqualTo(tasks(corpus.resolve(stored.getKey())));
            }
            assertValid(s);
            System.out.printf("crash test: killed at file %d of %d, %d whole documents stored%n", started, 5 * VARIANTS,
                    storedTasks.size());

            IngestSummary again = s.ingest(corpus);

            assertThat(again.ok()).as(s.errors()).isTrue();
            try (TempStore uninterrupted = new TempStore(tmp.resolve("reference"))) {
                assertThat(uninterrupted.ingest(corpus).stored()).isEqualTo(5 * VARIANTS);
                assertThat(storedTasksPerFile(uninterrupted)).as("every variant its own document").hasSize(5 * VARIANTS);
                assertThat(TempStore.sameContent(uninterrupted.snapshot(), s.snapshot())).isTrue();
            }
        }
        assertThat(started).isGreaterThan(0);
    }

    /** The five seeds, each as {@value #VARIANTS} documents of their own (own number or title changed). */
    private Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        List<String> seeds = List.of(Seeds.NANTONG_2018, Seeds.NANTONG_ETDZ, Seeds.JIAXING_PORT, Seeds.WEIHAI_ETDZ, Seeds.GANZHOU);
        for (String seed : seeds) {
            PolicyDocument doc = pipeline.structure(Seeds.path(seed));
            String text = Files.readString(Seeds.path(seed));
            for (int i = 1; i <= VARIANTS; i++) {
                Files.writeString(dir.resolve(String.format("%02d-%s", i, seed)), variant(text, doc, i));
            }
        }
        return dir;
    }

    /**
     * The seed with its own 发文字号 renumbered where it is written (offsets of the normalized text are
     * those of the original), else with a prefix to its title: either gives the variant its own IRI.
     */
    private static String variant(String text, PolicyDocument doc, int i) {
        String number = doc.metadata().number();
        int at = number == null ? -1 : doc.text().text().indexOf(number);
        if (at >= 0) {
            String renumbered = number.replaceFirst("(\\d+)(\\s*[号號])$", "$1" + (900 + i) + "$2");
            return text.substring(0, at) + renumbered + text.substring(at + number.length());
        }
        int start = doc.metadata().titleSpan().start();
        return text.substring(0, start) + "第" + i + "批" + text.substring(start);
    }

    /** Runs the ingest in its own JVM and kills it (SIGKILL) once {@code after} files have been begun. */
    private static int ingestAndKill(Path corpus, Path store, int after) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.policykg.cli.PolicyKg",
                "ingest", corpus.toString(), "--store", store.toString(), "--progress-lines")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CountDownLatch reached = new CountDownLatch(1);
        int[] begun = {0};
        Thread watcher = new Thread(() -> watch(child, after, begun, reached));
        watcher.start();
        boolean killedMidway = reached.await(120, TimeUnit.SECONDS);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        watcher.join(5_000);
        assertThat(killedMidway).as("the child reached file " + after + " within 2 minutes").isTrue();
        return begun[0];
    }

    private static void watch(Process child, int after, int[] begun, CountDownLatch reached) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= after) {
                    begun[0] = Integer.parseInt(m.group(1));
                    reached.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed: its stderr closes under the reader
        }
    }

    /** Tasks in the graph a fresh, single ingest of the file makes. */
    private int tasks(Path file) throws Exception {
        DocumentGraph graph = pipeline.build(file).graph();
        return graph.model().listSubjectsWithProperty(RDF.type, PolicyOntology.Task).toList().size();
    }

    /** Per stored document graph: its file and its number of tasks; each must have its document node and title. */
    private static Map<String, Integer> storedTasksPerFile(TempStore s) {
        Dataset copy = s.snapshot();
        Map<String, Integer> tasks = new HashMap<>();
        copy.listModelNames().forEachRemaining(name -> {
            if (name.getURI().contains("/graph/document/")) {
                Model graph = copy.getNamedModel(name);
                List<Resource> documents = graph.listSubjectsWithProperty(RDF.type, PolicyOntology.PolicyDocument).toList();
                assertThat(documents).as(name.getURI()).hasSize(1);
                assertThat(documents.get(0).hasProperty(Eli.title)).as(name.getURI()).isTrue();
                String file = documents.get(0).getProperty(DCTerms.source).getString();
                tasks.put(file, graph.listSubjectsWithProperty(RDF.type, PolicyOntology.Task).toList().size());
            }
        });
        return tasks;
    }

    private static void assertValid(TempStore s) {
        Dataset copy = s.snapshot();
        ShaclCheck shacl = new ShaclCheck();
        copy.listModelNames().forEachRemaining(name -> {
            if (name.getURI().contains("/graph/document/")) {
                var report = shacl.validate(copy.getNamedModel(name).getGraph());
                assertThat(ReportText.violations(report)).as(ReportText.of(name.getURI(), report, 5)).isZero();
            }
        });
    }
}
