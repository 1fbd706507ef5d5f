package org.policykg.serve;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policykg.rdf.Iris;
import org.policykg.ingest.IngestSummary;
import org.policykg.ingest.Ingester;
import org.policykg.ingest.Progress;
import org.policykg.store.KnowledgeStore;

/** What {@code serve} does before serving: fill an empty store from the shipped corpus. */
public final class Startup {
    private Startup() {
    }

    public static boolean isEmpty(KnowledgeStore store) {
        return store.read(ds -> !ds.asDatasetGraph().find().hasNext());
    }

    /**
     * Ingests {@code corpus} with the CLI's {@link Ingester} when the store holds nothing yet (a fresh
     * clone), unless this is a read-only replica; a store with content is served as it is. Returns the summary, or null when nothing ran.
     */
    public static IngestSummary fillIfEmpty(KnowledgeStore store, Path corpus, Iris iris, PrintStream messages) {
        if (!isEmpty(store)) {
            return null;
        }
        if (ReadOnlyReplica.requested()) {
            // a replica serves the snapshot it was given, even an empty one, never documents of its own
            messages.println("warning: the store is empty and this is a read-only replica: serving an empty store "
                    + "(build one with 'policykg load BACKUP.nq.gz --store DIR')");
            return null;
        }
        if (!Files.isDirectory(corpus)) {
            messages.println("warning: the store is empty and " + corpus + " does not exist: serving an empty store");
            return null;
        }
        messages.println("the store is empty: ingesting " + corpus + " first …");
        IngestSummary summary = new Ingester(iris, messages, Progress.onTerminal()).ingest(List.of(corpus), store);
        messages.println(summary.line());
        return summary;
    }
}
