package org.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of a Word (DOCX, DOC) or PDF file through Tika's parser for that format, chosen by the
 * sniffed format rather than Tika's auto-detection so that nothing else is ever run on the file.
 * Paragraphs come out as lines and table cells separated by tabs. Embedded files (an Excel sheet
 * in a Word file) are skipped: they are not the document's text.
 */
final class TikaText {
    String text(Path file, byte[] bytes, Format format) throws BadInputException {
        BodyContentHandler handler = new BodyContentHandler(TextLimits.MAX_CHARS + 1);
        ParseContext context = new ParseContext();
        context.set(Parser.class, EmptyParser.INSTANCE);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser(format).parse(in, handler, new Metadata(), context);
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(file, "encrypted (password-protected) " + format.label()
                    + "; save it without a password first");
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new BadInputException(file, "more than " + TextLimits.MAX_CHARS + " characters of text,"
                        + " above the limit for one document");
            }
            throw unreadable(file, format, e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw unreadable(file, format, e);
        }
    }

    private static Parser parser(Format format) {
        return switch (format) {
            case DOCX -> new OOXMLParser();
            case DOC -> new OfficeParser();
            case PDF -> new PDFParser();
            default -> throw new IllegalArgumentException(format + " is not read through Tika");
        };
    }

    private static BadInputException unreadable(Path file, Format format, Exception e) {
        return new BadInputException(file, "corrupt or unreadable " + format.label() + ": " + rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
