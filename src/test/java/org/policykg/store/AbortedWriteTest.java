package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.Iris;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * A write transaction that fails stores nothing, and the store takes the next writes whole: nothing of
 * the aborted transaction's nodes is left to collide with those of the writes after it (apache/jena#3877:
 * before the repair, the next document's nodes landed behind a gap in the node file and could not be
 * read back).
 */
class AbortedWriteTest {
    @TempDir
    Path tmp;

    private final DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));

    @Test
    void documentsWrittenAfterAnAbortedWriteReadBackWholeFromDisk() throws Exception {
        DocumentGraph first = graph(Seeds.NANTONG_2018);
        DocumentGraph lost = graph(Seeds.JIAXING_PORT);
        DocumentGraph after = graph(Seeds.WEIHAI_ETDZ);
        Path dir = tmp.resolve("store");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceDocument(first);
            assertThatThrownBy(() -> store.writeBatch(writer -> {
                writer.replaceDocument(lost);
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");
            readEveryNode(store);
            store.replaceDocument(after);
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        try (TempStore reopened = new TempStore(dir); TempStore reference = new TempStore(tmp.resolve("reference"))) {
            reference.store.replaceDocument(first);
            reference.store.replaceDocument(after);

            Dataset read = reopened.snapshot();
            assertThat(TempStore.sameContent(reference.snapshot(), read)).isTrue();
            assertThat(read.containsNamedModel(lost.graphIri())).isFalse();
        }
    }

    private DocumentGraph graph(String seed) {
        try {
            return pipeline.build(Seeds.path(seed)).graph();
        } catch (Exception e) {
            throw new IllegalStateException(seed, e);
        }
    }

    /** Decodes every stored node, most of them from disk (a write transaction leaves few in the cache). */
    private static void readEveryNode(KnowledgeStore store) {
        store.read(ds -> {
            ds.asDatasetGraph().find().forEachRemaining(quad -> quad.getObject().toString());
            return null;
        });
    }
}
