package org.policykg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A document file's bytes, refused before reading when it cannot be a document: a directory, a
 * missing or unreadable file, an empty file, or one above the size limit. The limit is generous for
 * a policy document (the largest seed is 53 KB; a PDF with a few scans stays well below it) and keeps
 * one stray dump from holding the whole file, then its text, in memory several times over.
 */
final class InputFile {
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private InputFile() {
    }

    static byte[] read(Path file) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a directory, not a document file");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file, "cannot be read (no permission)");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(file, String.format(Locale.ROOT,
                        "file is %.1f MB, above the %d MB limit for one document; split it or extract its text first",
                        size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
            }
            if (size == 0) {
                throw new BadInputException(file, "file is empty (0 bytes)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
    }
}
