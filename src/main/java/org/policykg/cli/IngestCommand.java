package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policykg.rdf.Iris;
import org.policykg.ingest.IngestSummary;
import org.policykg.ingest.Ingester;
import org.policykg.ingest.Progress;
import org.policykg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Read documents into the store: extraction on N workers, whole documents written in batched transactions.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILES", description = "files or directories (default: data/documents)")
    List<Path> inputs = List.of(Path.of("data", "documents"));

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Option(names = "--progress-lines", description = "print one line per file on stderr (n/total name) instead of a bar")
    boolean progressLines;

    @Option(names = "--threads", paramLabel = "N", description = "extraction workers (default: the number of cores, ${DEFAULT-VALUE}); "
            + "1 is a sequential ingest, and any N stores the same")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--compact", paramLabel = "WHEN", description = "compact the TDB2 store afterwards: auto (when the ingest "
            + "wrote at least half of the store, e.g. a first load), always or never (default: ${DEFAULT-VALUE})")
    Compaction compact = Compaction.AUTO;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        try (GraphStore store = options.open(true)) {
            IngestSummary summary = new Ingester(new Iris(options.base), null, System.err,
                    progressLines ? Progress.lines(System.err) : Progress.onTerminal(), threads).ingest(inputs, store);
            System.out.println(summary.line());
            if (summary.stored() > 0 && compact.wanted(summary)) {
                Compaction.run(store, compact == Compaction.ALWAYS ? "--compact always"
                        : "this ingest wrote most of it; TDB2 keeps superseded blocks until compacted", System.err);
            }
            return summary.ok() ? 0 : 1;
        }
    }
}
