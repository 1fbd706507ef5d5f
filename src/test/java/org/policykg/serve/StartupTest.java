package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Iris;
import org.policykg.ingest.IngestSummary;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/** What {@code serve} does on a fresh clone: an empty store is filled from the shipped corpus, once. */
class StartupTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyStoreIsFilledFromTheCorpusAndAFilledOneIsServedAsItIs() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(messages, true, StandardCharsets.UTF_8);
        try (TempStore store = new TempStore(tmp.resolve("store"))) {
            assertThat(Startup.isEmpty(store.store)).isTrue();

            IngestSummary first = Startup.fillIfEmpty(store.store, Seeds.DIR, new Iris(Iris.DEFAULT_BASE), out);
            var afterFirst = store.snapshot();
            IngestSummary second = Startup.fillIfEmpty(store.store, Seeds.DIR, new Iris(Iris.DEFAULT_BASE), out);

            assertThat(first).isNotNull();
            assertThat(first.stored()).isEqualTo(5);
            assertThat(first.ok()).isTrue();
            assertThat(second).isNull();
            assertThat(TempStore.sameContent(afterFirst, store.snapshot())).isTrue();
            assertThat(messages.toString(StandardCharsets.UTF_8)).contains("empty").contains("ingested 5 of 5 files");
        }
    }

    @Test
    void anEmptyStoreWithoutACorpusIsServedEmptyWithAWarning() {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        try (TempStore store = new TempStore(tmp.resolve("store"))) {
            IngestSummary summary = Startup.fillIfEmpty(store.store, tmp.resolve("no-corpus"), new Iris(Iris.DEFAULT_BASE),
                    new PrintStream(messages, true, StandardCharsets.UTF_8));

            assertThat(summary).isNull();
            assertThat(Startup.isEmpty(store.store)).isTrue();
            assertThat(messages.toString(StandardCharsets.UTF_8)).contains("warning").contains("no-corpus");
        }
    }
}
