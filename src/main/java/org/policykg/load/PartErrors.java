package org.policykg.load;

import java.io.PrintStream;
import java.nio.file.Path;

import org.apache.jena.riot.system.ErrorHandler;

/**
 * Turns the parser's error about a part into a {@link LoadException} naming the file, line and column: a
 * part that is not N-Quads is not loaded at all, since a quad skipped (an IRI with a space, say) is a quad
 * the store would answer without. Warnings (a literal whose form does not fit its datatype, which the
 * store keeps as written, as an ingest would) are said on the progress stream with the same position.
 */
final class PartErrors implements ErrorHandler {
    private final Path part;
    private final PrintStream warnings;

    PartErrors(Path part, PrintStream warnings) {
        this.part = part;
        this.warnings = warnings;
    }

    @Override
    public void warning(String message, long line, long col) {
        if (warnings != null) {
            warnings.println("warning: " + part + position(line, col) + ": " + message);
        }
    }

    @Override
    public void error(String message, long line, long col) {
        throw failure(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw failure(message, line, col);
    }

    private LoadException failure(String message, long line, long col) {
        return new LoadException(part + position(line, col) + ": not N-Quads: " + message + "; nothing was loaded", false);
    }

    private static String position(long line, long col) {
        return line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "";
    }
}
