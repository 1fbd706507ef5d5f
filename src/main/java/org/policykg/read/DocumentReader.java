package org.policykg.read;

import java.nio.file.Path;

/**
 * Reads a document file in any supported form (plain text, HTML, DOCX, DOC, PDF; the form told by
 * the file's content, not its name) into a {@link SourceText}. Plain text keeps its characters one
 * for one, so offsets point into the file's text; for the other forms the text is what was extracted,
 * with its layout evened out so that every form of one document gives the same lines.
 * Whatever cannot become a document is refused with a {@link BadInputException} naming the reason.
 */
public final class DocumentReader {
    private final FormatSniffer sniffer = new FormatSniffer();
    private final TextDecoder decoder = new TextDecoder();
    private final HtmlArticle html = new HtmlArticle();
    private final TikaText tika = new TikaText();

    public SourceText read(Path file) throws BadInputException {
        byte[] bytes = InputFile.read(file);
        Format format = sniffer.sniff(file, bytes);
        String text = text(file, bytes, format);
        if (format == Format.TEXT && HtmlArticle.looksLikeHtml(text)) {
            format = Format.HTML;
            text = HtmlArticle.text(text);
        }
        if (format != Format.TEXT) {
            text = Layout.even(text);
        }
        TextScan scan = TextScan.of(text);
        TextLimits.check(file, text, format, scan);
        return new SourceText(file.getFileName().toString(), ControlCharacters.clean(text, scan), Checksum.sha256(bytes));
    }

    private String text(Path file, byte[] bytes, Format format) throws BadInputException {
        return switch (format) {
            case TEXT -> decoder.decode(file, bytes).text();
            case HTML -> html.text(file, bytes);
            case DOCX, DOC, PDF -> tika.text(file, bytes, format);
        };
    }
}
