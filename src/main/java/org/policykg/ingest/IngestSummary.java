package org.policykg.ingest;

import java.util.List;

/** What an ingest run did: files stored and failed (each failure names the file and why), triples, citations. */
public record IngestSummary(int stored, List<String> failures, long triples, long citations, double seconds) {
    public boolean ok() {
        return failures.isEmpty();
    }

    public String line() {
        return String.format("ingested %d of %d files: %d triples in store, %d citations, %.1f s%s",
                stored, stored + failures.size(), triples, citations, seconds,
                failures.isEmpty() ? "" : " (" + failures.size() + " failed)");
    }
}
