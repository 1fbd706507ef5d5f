package org.policykg.read;

/**
 * A document's text as read from its file, before any normalization.
 *
 * @param fileName the file's name, used as {@code dcterms:source}
 * @param text     the decoded text, exactly as in the file (offsets point into it)
 * @param sha256   checksum of the file's bytes, to recognise an unchanged re-ingest
 */
public record SourceText(String fileName, String text, String sha256) {
}
