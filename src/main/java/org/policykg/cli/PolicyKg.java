package org.policykg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policykg} command: ingest, query, validate, export, compact (and serve). */
@Command(name = "policykg", mixinStandardHelpOptions = true, version = "PolicyKG 0.1",
        description = "Chinese local-government policy documents as an RDF knowledge graph.",
        subcommands = {IngestCommand.class, LoadCommand.class, QueryCommand.class, ValidateCommand.class, ExportCommand.class, CompactCommand.class,
                ServeCommand.class})
public final class PolicyKg implements Runnable {

    public static void main(String[] args) {
        Logging.quiet();
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@code main} runs it: expected errors are one line on stderr, never a stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new PolicyKg()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(PolicyKg::failed);
    }

    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        if (e instanceof CommandFailure failure) {
            System.err.println("error: " + failure.getMessage());
            return failure.exitCode();
        }
        // Not foreseen: still one line a person can report; the trace only when asked for.
        System.err.println("error: " + command.getCommandName() + " failed: " + e);
        if ("debug".equalsIgnoreCase(System.getenv("POLICYKG_LOG"))) {
            e.printStackTrace();
        } else {
            System.err.println("(POLICYKG_LOG=debug prints the stack trace)");
        }
        return 1;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
