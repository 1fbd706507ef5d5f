package org.policykg.cli;

/**
 * An error a person can act on (a missing store, a store another process holds): the command prints
 * its message as one line on stderr and exits with its code, without a stack trace.
 */
final class CommandFailure extends RuntimeException {
    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
