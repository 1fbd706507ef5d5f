package org.policykg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
        byte[] bytes = readPlainFile(file);
        return bytes != null ? bytes : readChecked(file);
    }

    /**
     * The bytes of a regular file of a size the checks below let through, after one look at its
     * attributes instead of four (each a system call, together most of the time of reading a small
     * file); null for anything else, a failure included, which {@link #readChecked} then refuses with its
     * message or reads as before. A regular file is no directory and exists; that it opened shows it
     * readable. Only a regular file is opened here: opening a named pipe would wait for a writer.
     */
    private static byte[] readPlainFile(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() == 0 || attributes.size() > MAX_BYTES) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every check in turn, each refusal with its message: the reading for all but a plain file. */
    static byte[] readChecked(Path file) throws BadInputException {
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
