package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.CorpusGenerator;
import org.policykg.rdf.Iris;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * Extraction on several workers and batched write transactions store exactly what a sequential
 * ingest stores, and report the same failures and duplicates in the same order.
 */
class ParallelIngestTest {
    @TempDir
    Path tmp;

    @Test
    void parallelAndSequentialIngestGiveTheSameStoreAndMessages() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String seed : List.of(Seeds.NANTONG_2018, Seeds.WEIHAI_ETDZ, Seeds.GANZHOU)) {
            Files.copy(Seeds.path(seed), corpus.resolve(seed));
        }
        new CorpusGenerator(11).write(corpus, 15);
        Files.copy(Seeds.path(Seeds.GANZHOU), corpus.resolve("zz_copy_of_ganzhou.txt"));
        Files.writeString(corpus.resolve("g000007_empty.txt"), " \n");

        try (TempStore sequential = new TempStore(tmp.resolve("seq")); TempStore parallel = new TempStore(tmp.resolve("par"))) {
            ByteArrayOutputStream seqErrors = new ByteArrayOutputStream();
            ByteArrayOutputStream parErrors = new ByteArrayOutputStream();
            IngestSummary one = ingester(sequential, seqErrors, 1).ingest(List.of(corpus), sequential.store);
            IngestSummary two = ingester(parallel, parErrors, 2).ingest(List.of(corpus), parallel.store);

            assertThat(one.stored()).isEqualTo(3 + 15);
            assertThat(one.failures()).hasSize(1);
            assertThat(one.skipped()).hasSize(1);
            assertThat(two.stored()).isEqualTo(one.stored());
            assertThat(two.triples()).isEqualTo(one.triples());
            assertThat(two.citations()).isEqualTo(one.citations());
            assertThat(parErrors.toString(StandardCharsets.UTF_8)).isEqualTo(seqErrors.toString(StandardCharsets.UTF_8));
            assertThat(TempStore.sameContent(sequential.snapshot(), parallel.snapshot())).isTrue();
        }
    }

    private static Ingester ingester(TempStore s, ByteArrayOutputStream errors, int threads) {
        return new Ingester(new Iris(Iris.DEFAULT_BASE), null, new PrintStream(errors, true, StandardCharsets.UTF_8),
                new Progress(System.err, false), threads);
    }
}
