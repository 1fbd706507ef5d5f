package org.policykg.cli;

import java.nio.file.Path;

import org.policykg.build.Iris;

import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store = Path.of("data", "store");

    @Option(names = "--base", paramLabel = "IRI", description = "base IRI of minted resources (default: ${DEFAULT-VALUE})")
    String base = System.getenv().getOrDefault("POLICYKG_BASE", Iris.DEFAULT_BASE);
}
