package org.policykg.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tells a file's format from its bytes with Tika's detectors (magic numbers, the parts inside a ZIP
 * or OLE2 container), never from its name: files saved from web sites are often misnamed (a PDF as
 * {@code .html}, a DOCX as {@code .doc}). What is no supported document is refused with what it is.
 * Plain text that {@link CertainPlainText} recognises skips Tika's magic table: Tika's verdict for it
 * is certain (text/plain or application/octet-stream), and that is all this class makes of it.
 */
final class FormatSniffer {
    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("text/plain", Format.TEXT),
            // Tika's verdict for bytes it cannot place; the text decoder decides between text and binary
            Map.entry("application/octet-stream", Format.TEXT),
            Map.entry("text/html", Format.HTML),
            Map.entry("application/xhtml+xml", Format.HTML),
            Map.entry("application/pdf", Format.PDF),
            Map.entry("application/msword", Format.DOC),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Format.DOCX),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", Format.DOCX),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", Format.DOCX),
            // a ZIP with [Content_Types].xml that Tika could not open further: a damaged OOXML file
            Map.entry("application/x-tika-ooxml", Format.DOCX));
    private static final Map<String, String> REFUSED = Map.of(
            "application/x-tika-ooxml-protected", "an encrypted (password-protected) Office file; save it without a password first",
            "application/x-tika-msoffice", "an Office file that is not a Word document",
            "application/zip", "a ZIP archive, not a document; unpack it and ingest its files");

    private final DefaultDetector detector = new DefaultDetector();
    private final CertainPlainText plainText = new CertainPlainText(detector.getDetectors());

    Format sniff(Path file, byte[] bytes) throws BadInputException {
        if (certainlyPlainText(bytes)) {
            return Format.TEXT;
        }
        MediaType type = detect(file, bytes);
        String key = type.getBaseType().toString();
        Format format = FORMATS.get(key);
        if (format != null) {
            return format;
        }
        if (type.getType().equals("text")) {
            return Format.TEXT;
        }
        throw new BadInputException(file, REFUSED.getOrDefault(key, "unsupported format " + key
                + " (supported: plain text, HTML, DOCX, DOC, PDF)"));
    }

    /** Any doubt, a failure included, leaves the verdict (and its message) to Tika's full detection. */
    private boolean certainlyPlainText(byte[] bytes) {
        try {
            return plainText.test(bytes);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private MediaType detect(Path file, byte[] bytes) throws BadInputException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata());
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file, "cannot tell the file's format: " + e.getMessage());
        }
    }
}
