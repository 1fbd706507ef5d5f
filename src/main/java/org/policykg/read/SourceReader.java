package org.policykg.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a plain-text document file into a {@link SourceText}. Tries UTF-8 (with or without BOM)
 * first, then GB18030 and Big5, which cover the encodings Chinese government sites publish in.
 */
public final class SourceReader {
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final List<Charset> FALLBACKS = List.of(Charset.forName("GB18030"), Charset.forName("Big5"));

    public SourceText read(Path file) throws BadInputException {
        byte[] bytes = readBytes(file);
        String text = stripBom(decode(file, bytes));
        if (text.isBlank()) {
            throw new BadInputException(file, "file is empty or holds only whitespace");
        }
        if (controlCharShare(text) > 0.01) {
            throw new BadInputException(file, "not a text file (binary content)");
        }
        return new SourceText(file.getFileName().toString(), text, sha256(bytes));
    }

    private static byte[] readBytes(Path file) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, "is a directory, not a document file");
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException(file, "cannot be read (missing or no permission)");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read: " + e.getMessage());
        }
    }

    private static String decode(Path file, byte[] bytes) throws BadInputException {
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        for (Charset charset : FALLBACKS) {
            String text = strictDecode(bytes, charset);
            if (text != null) {
                return text;
            }
        }
        throw new BadInputException(file, "cannot be decoded as UTF-8, GB18030 or Big5");
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static double controlCharShare(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        return (double) control / text.length();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
