package org.policykg.read;

import java.nio.file.Path;

/**
 * Reads a document file into a {@link SourceText}; kept for the callers that know it by this name.
 * The work, in every supported format, is {@link DocumentReader}'s.
 */
public final class SourceReader {
    private final DocumentReader reader = new DocumentReader();

    public SourceText read(Path file) throws BadInputException {
        return reader.read(file);
    }
}
