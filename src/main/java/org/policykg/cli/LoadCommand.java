package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policykg.load.BulkLoad;
import org.policykg.load.BulkLoader;
import org.policykg.load.LoadException;
import org.policykg.rdf.Iris;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = {
        "Build a new TDB2 store from N-Quads parts (.nq, .nq.gz; folders of them) with a bulk loader: "
                + "the Spark job's output, a backup, or 'export --format nq'.",
        "Only into a new or empty folder; later changes go through 'ingest' (or --endpoint to the server holding the store)."})
final class LoadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PARTS", arity = "1..*", description = "N-Quads files or folders of them")
    List<Path> parts;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "the new store's folder (must not exist, or be empty)")
    Path store;

    @Option(names = "--loader", paramLabel = "NAME", description = "packed, phased, basic or parallel (default: ${DEFAULT-VALUE}: "
            + "every index sorted in memory and written once, full; phased for more quads than the heap holds at ~24 bytes each)")
    BulkLoader loader = BulkLoader.DEFAULT;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of minted resources, for the vocabularies' graph (default: ${DEFAULT-VALUE})")
    String base = System.getenv().getOrDefault("POLICYKG_BASE", Iris.DEFAULT_BASE);

    @Override
    public Integer call() {
        try {
            BulkLoad.Loaded loaded = new BulkLoad(loader, new Iris(base), System.err).load(parts, store);
            System.out.println(loaded.line());
            return 0;
        } catch (LoadException e) {
            throw new CommandFailure(e.usage() ? 2 : 1, e.getMessage());
        }
    }
}
