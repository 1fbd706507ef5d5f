package org.policykg.load;

import java.nio.file.Path;

import org.apache.jena.riot.system.ErrorHandler;

/**
 * Turns the parser's complaint about a part into a {@link LoadException} naming the file, line and column,
 * at the first error or warning: a part that is not clean N-Quads is not loaded at all, since a quad
 * quietly dropped (an IRI with a space, say) is a quad the store would answer without.
 */
final class PartErrors implements ErrorHandler {
    private final Path part;

    PartErrors(Path part) {
        this.part = part;
    }

    @Override
    public void warning(String message, long line, long col) {
        throw failure(message, line, col);
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
        String where = line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "";
        return new LoadException(part + where + ": not N-Quads: " + message + "; nothing was loaded", false);
    }
}
