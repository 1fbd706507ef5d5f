package org.policykg.read;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a document's text must be to go on: not empty, not binary, and of a size a policy document
 * has. A line of more than 50,000 characters is minified markup or a data dump, not prose (a long
 * paragraph of a plan runs to a few thousand), and would make every line-based rule slow.
 */
final class TextLimits {
    static final int MAX_LINE = 50_000;
    static final int MAX_CHARS = 4_000_000;

    private TextLimits() {
    }

    /** {@code scan}: the text's {@link TextScan}, made once for these checks and cleaning. */
    static void check(Path file, String text, Format format, TextScan scan) throws BadInputException {
        if (text.isBlank()) {
            throw new BadInputException(file, format == Format.PDF
                    ? "PDF without a text layer (scanned images only?); run OCR on it first"
                    : "holds no text (empty or only whitespace)");
        }
        if (format == Format.TEXT && scan.strayShare() > ControlCharacters.BINARY_SHARE) {
            throw new BadInputException(file, "not a text file (binary content)");
        }
        if (text.length() > MAX_CHARS) {
            throw new BadInputException(file, String.format(Locale.ROOT,
                    "%,d characters of text, above the %,d limit for one document", text.length(), MAX_CHARS));
        }
        int line = scan.longestLine();
        if (line > MAX_LINE) {
            throw new BadInputException(file, String.format(Locale.ROOT,
                    "a line of %,d characters (limit %,d): minified markup or a data dump, not a document's text",
                    line, MAX_LINE));
        }
    }
}
