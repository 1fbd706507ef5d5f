package org.policykg.ingest;

import java.util.List;

/**
 * What happened to one file at the writer, final once its unit is committed: stored (with what it adds
 * to the tally), refused ({@code failure}) or skipped as a copy of a stored document ({@code skipped}).
 */
record WriteOutcome(boolean stored, String failure, String skipped, long citations, long quads, String replaced,
                    List<String> warnings) {

    static WriteOutcome stored(long citations, long quads, String replaced, List<String> warnings) {
        return new WriteOutcome(true, null, null, citations, quads, replaced, warnings);
    }

    static WriteOutcome failed(String failure) {
        return new WriteOutcome(false, failure, null, 0, 0, null, List.of());
    }

    static WriteOutcome skipped(String notice) {
        return new WriteOutcome(false, null, notice, 0, 0, null, List.of());
    }
}
