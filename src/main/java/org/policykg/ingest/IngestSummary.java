package org.policykg.ingest;

import java.util.List;

/**
 * What an ingest run did: files stored, failed (each failure names the file and why), skipped as
 * byte-identical copies of stored documents, triples in the store after it, triples of the documents it
 * stored ({@code written}), citations, and the files that replaced a document read from another file
 * (two files resolving to the same document: the later one is what the store holds).
 */
public record IngestSummary(int stored, List<String> failures, List<String> skipped, long triples, long written,
        long citations, double seconds, List<String> replaced) {

    public IngestSummary(int stored, List<String> failures, long triples, long citations, double seconds) {
        this(stored, failures, List.of(), triples, 0, citations, seconds, List.of());
    }

    public IngestSummary(int stored, List<String> failures, List<String> skipped, long triples, long written, long citations, double seconds) {
        this(stored, failures, skipped, triples, written, citations, seconds, List.of());
    }

    /** Whether this run wrote at least half of what the store holds (a first load, a corpus ingested again). */
    public boolean wroteMostOfTheStore() {
        return written > 0 && 2 * written >= triples;
    }

    /** Skipped duplicates are not failures: what they hold is in the store. */
    public boolean ok() {
        return failures.isEmpty();
    }

    public String line() {
        return String.format("ingested %d of %d files: %d triples in store, %d citations, %.1f s%s%s%s",
                stored, stored + failures.size() + skipped.size(), triples, citations, seconds,
                failures.isEmpty() ? "" : " (" + failures.size() + " failed)",
                skipped.isEmpty() ? "" : " (" + skipped.size() + " skipped as duplicates)",
                replaced.isEmpty() ? "" : " (" + replaced.size() + " replaced the same document read from another file)");
    }
}
