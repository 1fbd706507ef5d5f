package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.policykg.rdf.Iris;
import org.policykg.store.GraphStore;
import org.policykg.store.KnowledgeStore;
import org.policykg.store.RemoteStore;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Options every command that touches the store shares: a TDB2 directory (the default), or any
 * SPARQL 1.1 store over HTTP given by its dataset URL or by explicit query/update/GSP URLs.
 */
final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store = Path.of("data", "store");

    @Option(names = "--endpoint", paramLabel = "URL", description = "a SPARQL 1.1 store over HTTP instead of TDB2: "
            + "dataset URL with URL/query, URL/update and URL/data (Graph Store Protocol), as Fuseki lays them out")
    String endpoint;

    @Option(names = "--query-url", paramLabel = "URL", description = "SPARQL query endpoint (overrides URL/query)")
    String queryUrl;

    @Option(names = "--update-url", paramLabel = "URL", description = "SPARQL update endpoint (overrides URL/update)")
    String updateUrl;

    @Option(names = "--gsp-url", paramLabel = "URL", description = "Graph Store Protocol endpoint (overrides URL/data)")
    String gspUrl;

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of minted resources (default: ${DEFAULT-VALUE})")
    String base = System.getenv().getOrDefault("POLICYKG_BASE", Iris.DEFAULT_BASE);

    /** A TDB2 store: a folder with TDB2's data generations (Data-0001 …). */
    static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the TDB2 store, saying in one line who holds it when another process does. */
    static KnowledgeStore openTdb2(Path store) {
        try {
            return KnowledgeStore.open(store);
        } catch (RuntimeException e) {
            if (StoreLockHolder.isLock(e)) {
                throw new CommandFailure(1, StoreLockHolder.message(store));
            }
            throw e;
        }
    }

    boolean remote() {
        return endpoint != null || queryUrl != null;
    }

    /** The store the options name, which must exist: only ingest and serve make a new one. */
    GraphStore open() {
        return open(false);
    }

    /** The store the options name: TDB2 at --store unless an endpoint is given; {@code create} makes a missing one. */
    GraphStore open(boolean create) {
        if (!remote()) {
            if (updateUrl != null || gspUrl != null) {
                throw new ParameterException(spec.commandLine(), "--update-url and --gsp-url need --endpoint or --query-url");
            }
            if (!create && !isStore(store)) {
                // TDB2 would make an empty store at a mistyped path, and a query would answer an empty table
                throw new CommandFailure(2, "no store at " + store + (Files.exists(store) ? " (the folder holds no TDB2 store)" : "")
                        + ": give the path of an existing store with --store, or make one with 'policykg ingest --store " + store + "'");
            }
            return openTdb2(store);
        }
        String dataset = endpoint == null ? null : endpoint.replaceAll("/+$", "");
        String query = queryUrl != null ? queryUrl : dataset + "/query";
        String update = updateUrl != null ? updateUrl : dataset == null ? null : dataset + "/update";
        String gsp = gspUrl != null ? gspUrl : dataset == null ? null : dataset + "/data";
        return RemoteStore.connect(query, update, gsp);
    }
}
