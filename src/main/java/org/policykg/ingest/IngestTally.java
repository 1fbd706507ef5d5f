package org.policykg.ingest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts an ingest's outcomes as they become final and tells each one on {@code messages} as it is
 * counted: errors, notices of skipped copies, warnings of replaced documents and of how a text was read.
 */
final class IngestTally {
    private final PrintStream messages;
    private final List<String> failures = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> replaced = new ArrayList<>();
    private int stored;
    private long citations;
    private long written;

    IngestTally(PrintStream messages) {
        this.messages = messages;
    }

    void fail(String message) {
        failures.add(message);
        messages.println("error: " + message.strip());
    }

    void add(WriteOutcome outcome) {
        if (outcome.failure() != null) {
            fail(outcome.failure());
        } else if (outcome.skipped() != null) {
            skipped.add(outcome.skipped());
            messages.println("notice: " + outcome.skipped());
        } else {
            if (outcome.replaced() != null) {
                replaced.add(outcome.replaced());
                messages.println("warning: " + outcome.replaced());
            }
            stored++;
            outcome.warnings().forEach(w -> messages.println("warning: " + w));
            citations += outcome.citations();
            written += outcome.quads();
        }
    }

    /** {@code triples}: what the store holds after the run. */
    IngestSummary summary(long triples, double seconds) {
        return new IngestSummary(stored, failures, skipped, triples, written, citations, seconds, replaced);
    }
}
