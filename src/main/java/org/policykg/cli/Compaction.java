package org.policykg.cli;

import java.io.PrintStream;

import org.policykg.ingest.IngestSummary;
import org.policykg.store.GraphStore;
import org.policykg.store.KnowledgeStore;

/**
 * When a TDB2 store is compacted, and the lines that say so on stderr. An ingest compacts by itself
 * when it wrote at least half of what the store holds (a first load, or a corpus ingested again): that
 * is when copy-on-write has left the most behind, and copying the store costs no more than the ingest
 * wrote. Adding a few documents to a large store does not; {@code policykg compact} is for that.
 */
enum Compaction {
    AUTO, ALWAYS, NEVER;

    boolean wanted(IngestSummary summary) {
        return this == ALWAYS || this == AUTO && summary.wroteMostOfTheStore();
    }

    /** Compacts and reports the size on disk before and after; a store over HTTP is left to compact itself. */
    static void run(GraphStore store, String reason, PrintStream err) {
        long before = diskBytes(store);
        err.printf("compacting %s (%s) …%n", store.location(), reason);
        long started = System.nanoTime();
        if (!store.compact()) {
            err.println("note: " + store.location() + " is not a TDB2 directory: nothing to compact here");
            return;
        }
        err.printf("compacted %s: %s → %s on disk, %.1f s%n", store.location(), megabytes(before), megabytes(diskBytes(store)),
                (System.nanoTime() - started) / 1e9);
    }

    private static long diskBytes(GraphStore store) {
        return store instanceof KnowledgeStore tdb ? DiskUsage.of(tdb.directory()) : 0;
    }

    private static String megabytes(long bytes) {
        return String.format("%,d MB", Math.round(bytes / 1e6));
    }
}
