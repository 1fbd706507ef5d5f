package org.policykg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policykg} command: ingest, query, validate, export, compact (and serve). */
@Command(name = "policykg", mixinStandardHelpOptions = true, version = "PolicyKG 0.1",
        description = "Chinese local-government policy documents as an RDF knowledge graph.",
        subcommands = {IngestCommand.class, QueryCommand.class, ValidateCommand.class, ExportCommand.class, CompactCommand.class,
                ServeCommand.class})
public final class PolicyKg implements Runnable {

    public static void main(String[] args) {
        Logging.quiet();
        System.exit(new CommandLine(new PolicyKg()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
