package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.CorpusGenerator;
import org.policykg.ingest.Vocabularies;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * Compaction keeps what a store answers and gives back the disk its write transactions left behind,
 * both on the open store and once it is opened again.
 */
class CompactionTest {
    @TempDir
    Path tmp;

    @Test
    void aCompactedStoreAnswersEverySavedQueryAsBeforeAndTakesLessDisk() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Seeds.path(Seeds.NANTONG_2018), corpus.resolve(Seeds.NANTONG_2018));
        new CorpusGenerator(5).write(corpus, 30);
        Path dir = tmp.resolve("store");
        Dataset before;
        Map<String, List<String>> answers;
        long diskBefore;
        try (TempStore s = new TempStore(dir)) {
            assertThat(s.ingest(corpus).ok()).as(s.errors()).isTrue();
            before = s.snapshot();
            answers = answers(s.store);
            diskBefore = du(dir);

            assertThat(s.store.compact()).isTrue();

            assertThat(TempStore.sameContent(before, s.snapshot())).isTrue();
            assertThat(answers(s.store)).isEqualTo(answers);
            assertThat(du(dir)).isLessThan(diskBefore);
            assertThat(generations(dir)).containsExactly("Data-0002");
        }
        try (TempStore reopened = new TempStore(dir)) {
            assertThat(TempStore.sameContent(before, reopened.snapshot())).isTrue();
            assertThat(answers(reopened.store)).isEqualTo(answers);
        }
    }

    @Test
    void theVocabulariesOfferedAgainUnchangedAreNotWrittenAgain() {
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            s.store.replaceGraph(s.iris.vocabularyGraph(), Vocabularies.load());
            long written = s.store.generation();

            s.store.replaceGraph(s.iris.vocabularyGraph(), Vocabularies.load());

            assertThat(s.store.generation()).isEqualTo(written);
        }
    }

    @Test
    void aStoreWithoutADirectoryOfItsOwnHasNothingToCompact() {
        try (KnowledgeStore memory = KnowledgeStore.over(org.apache.jena.tdb2.TDB2Factory.createDataset())) {
            assertThat(memory.compact()).isFalse();
        }
    }

    /** Every saved query without parameters (they read the union default graph), rows as sorted strings. */
    private static Map<String, List<String>> answers(KnowledgeStore store) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SavedQuery q : new SavedQueries(Path.of("queries")).all()) {
            out.put(q.name(), store.query(q.parse(), Map.of(), exec -> rows(exec.execSelect())));
        }
        assertThat(out.values().stream().mapToInt(List::size).sum()).as("rows over all saved queries").isGreaterThan(100);
        return out;
    }

    private static List<String> rows(ResultSet results) {
        List<String> rows = new ArrayList<>();
        results.forEachRemaining((QuerySolution row) -> rows.add(row.toString()));
        rows.sort(null);
        return rows;
    }

    private static List<String> generations(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    /** Disk blocks (du): TDB2's files are sparse, so their lengths say little. */
    private static long du(Path dir) throws Exception {
        Process p = new ProcessBuilder("du", "-sk", dir.toString()).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }
}
