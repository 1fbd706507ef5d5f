package org.policykg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.rdf.Iris;
import org.policykg.serve.ServedSeeds;
import org.policykg.store.KnowledgeStore;
import org.policykg.support.AnswerRows;
import org.policykg.support.NQuadParts;

/**
 * A store bulk-built from N-Quads parts (as the Spark job writes them) is the store an ingest builds: every
 * saved query answers the same rows. A target holding anything, and a part that is not N-Quads, are
 * refused with the file named and nothing left behind.
 */
class BulkLoadTest {
    @TempDir
    static Path tmp;
    /** The seeds as ingested: the store of the shared read-only test server, ingested once per test run. */
    static KnowledgeStore ingested;
    static KnowledgeStore loaded;
    static List<Path> parts;

    @BeforeAll
    static void ingestExportAndLoad() {
        ingested = ServedSeeds.readOnly().store.store;
        parts = ingested.read(ds -> NQuadParts.write(ds, tmp.resolve("parts"), 3));
        new BulkLoad(BulkLoader.DEFAULT, new Iris(Iris.DEFAULT_BASE), null).load(List.of(tmp.resolve("parts")), tmp.resolve("loaded"));
        loaded = KnowledgeStore.open(tmp.resolve("loaded"));
    }

    @AfterAll
    static void close() {
        loaded.close();
    }

    private static BulkLoad bulk() {
        return new BulkLoad(BulkLoader.DEFAULT, new Iris(Iris.DEFAULT_BASE), null);
    }

    private static List<String> answer(KnowledgeStore store, SavedQuery query) {
        return store.query(query.parse(), Map.of(), exec -> AnswerRows.of(query, exec.execSelect()));
    }

    @Test
    void everySavedQueryAnswersExactlyAsOverTheIngestedStore() {
        List<SavedQuery> all = new SavedQueries(Path.of("queries")).all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        long answered = 0;
        for (SavedQuery query : all) {
            List<String> fromIngest = answer(ingested, query);
            answered += fromIngest.isEmpty() ? 0 : 1;
            assertThat(answer(loaded, query)).as(query.name()).isEqualTo(fromIngest);
        }
        // an empty answer on both sides would compare equal and prove nothing
        assertThat(answered).isGreaterThanOrEqualTo(all.size() - 1);
        assertThat(loaded.quadCount()).isEqualTo(ingested.quadCount());
    }

    /** The packed loader (the default) against Jena's phased loader from the same parts: the same quads, in fewer blocks. */
    @Test
    void thePackedStoreHoldsThePhasedStoresQuadsInLessSpace() {
        assertThat(BulkLoader.DEFAULT).isEqualTo(BulkLoader.PACKED);
        Path phased = tmp.resolve("loaded-phased");
        Path packed = tmp.resolve("loaded-packed");
        new BulkLoad(BulkLoader.PHASED, new Iris(Iris.DEFAULT_BASE), null).load(List.of(tmp.resolve("parts")), phased);
        new BulkLoad(BulkLoader.PACKED, new Iris(Iris.DEFAULT_BASE), null).load(List.of(tmp.resolve("parts")), packed);
        try (KnowledgeStore one = KnowledgeStore.open(packed); KnowledgeStore other = KnowledgeStore.open(phased)) {
            assertThat(one.quadCount()).isEqualTo(other.quadCount()).isEqualTo(ingested.quadCount());
            assertThat(quadsWithoutBlankNodes(one)).isEqualTo(quadsWithoutBlankNodes(other)).hasSizeGreaterThan(10_000);
        }
        // blocks in use, not file lengths: TDB2 grows its files 8 MB at a time
        for (String index : List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG")) {
            assertThat(recordBlocks(packed, index)).as(index).isLessThan(recordBlocks(phased, index) * 3 / 4);
        }
    }

    @Test
    void partsTooLargeForTheHeapAreLoadedByThePhasedLoader() {
        long bytes = parts.stream().mapToLong(p -> p.toFile().length()).sum();
        assertThat(bytes).isGreaterThan(100_000);
        assertThat(BulkLoad.fitting(BulkLoader.PACKED, parts, 1L << 30)).isEqualTo(BulkLoader.PACKED);
        assertThat(BulkLoad.fitting(BulkLoader.PACKED, parts, bytes / 10)).isEqualTo(BulkLoader.PHASED);
        assertThat(BulkLoad.fitting(BulkLoader.BASIC, parts, bytes / 10)).isEqualTo(BulkLoader.BASIC);
    }

    /** Every quad naming no blank node, as N-Quads lines (blank nodes' labels are the store's own). */
    private static java.util.Set<String> quadsWithoutBlankNodes(KnowledgeStore store) {
        return store.read(ds -> {
            java.util.Set<String> lines = new java.util.TreeSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                    lines.add(org.apache.jena.riot.out.NodeFmtLib.str(q));
                }
            });
            return lines;
        });
    }

    /** The number of leaf blocks of one of a store's indexes. */
    private static long recordBlocks(Path store, String index) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            TupleIndex tuples = TDBInternal.findIndex(dsg, index);
            return Txn.calculateRead(dsg, () -> ((BPlusTree) ((TupleIndexRecord) tuples.baseTupleIndex()).getRangeIndex())
                    .getRecordsMgr().getBlockMgr().allocLimit());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aStoreThatHoldsDataIsRefusedAndLeftAsItWas() throws IOException {
        long before = Files.size(tmp.resolve("loaded").resolve("Data-0001").resolve("nodes.dat"));

        assertThatThrownBy(() -> bulk().load(parts, tmp.resolve("loaded")))
                .isInstanceOf(LoadException.class).hasMessageContaining("already holds a TDB2 store").hasMessageContaining("policykg ingest");
        Path other = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(other.resolve("readme.txt"), "mine");
        assertThatThrownBy(() -> bulk().load(parts, other)).isInstanceOf(LoadException.class).hasMessageContaining("is not empty");

        assertThat(Files.size(tmp.resolve("loaded").resolve("Data-0001").resolve("nodes.dat"))).isEqualTo(before);
        assertThat(Files.readString(other.resolve("readme.txt"))).isEqualTo("mine");
    }

    @Test
    void aMalformedPartIsRefusedNamingFileAndLineAndNoStoreIsLeft(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("part-00009.nq");
        Files.writeString(bad, """
                <http://example.org/s> <http://example.org/p> "fine" <http://example.org/g> .
                <http://example.org/s> <http://example.org/p> "no end" <http://example.org/g>
                <http://example.org/s> <http://example.org/p> "after" <http://example.org/g> .
                """);
        Path target = dir.resolve("store");

        assertThatThrownBy(() -> bulk().load(List.of(parts.get(0), bad), target))
                .isInstanceOf(LoadException.class).hasMessageContaining(bad + ":3:").hasMessageContaining("nothing was loaded");

        assertThat(target).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("part-00009.nq");
        }
    }

    @Test
    void aFolderWithoutPartsOrAMissingFileIsRefusedByName(@TempDir Path dir) {
        assertThatThrownBy(() -> bulk().load(List.of(dir), dir.resolve("store"))).hasMessageContaining(dir + ": folder holds no N-Quads part");
        assertThatThrownBy(() -> bulk().load(List.of(dir.resolve("gone.nq")), dir.resolve("store"))).hasMessageContaining("gone.nq: no such file");
    }
}
