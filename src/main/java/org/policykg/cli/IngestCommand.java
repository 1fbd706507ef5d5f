package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policykg.build.Iris;
import org.policykg.ingest.IngestSummary;
import org.policykg.ingest.Ingester;
import org.policykg.ingest.Progress;
import org.policykg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Read documents into the store, each file in its own transaction.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILES", description = "files or directories (default: data/documents)")
    List<Path> inputs = List.of(Path.of("data", "documents"));

    @Mixin
    StoreOptions options;

    @Option(names = "--progress-lines", description = "print one line per file on stderr (n/total name) instead of a bar")
    boolean progressLines;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.open(options.store)) {
            IngestSummary summary = new Ingester(new Iris(options.base), System.err,
                    progressLines ? Progress.lines(System.err) : Progress.onTerminal()).ingest(inputs, store);
            System.out.println(summary.line());
            return summary.ok() ? 0 : 1;
        }
    }
}
