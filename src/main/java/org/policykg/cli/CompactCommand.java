package org.policykg.cli;

import java.util.concurrent.Callable;

import org.policykg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", description = "Free the disk a TDB2 store's earlier writes left behind (copy-on-write): "
        + "the live data is copied into a new generation and the old one deleted. Worth it after many small ingests.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Override
    public Integer call() {
        try (GraphStore store = options.open()) {
            Compaction.run(store, "on request", System.err);
            return 0;
        }
    }
}
