package org.policykg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a plain-text file's bytes into text, detecting the encoding Chinese government sites publish
 * in: a byte-order mark (UTF-8, UTF-16 LE/BE) decides; else valid UTF-8 is UTF-8; else GB18030 and
 * Big5 are both tried and the one whose characters are the commonly used ones wins (any Big5 bytes
 * also decode as GB18030, so validity alone cannot tell them apart). A file cut inside a UTF-8
 * character and a file whose lines are in different encodings are refused: either would be stored
 * as mojibake.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final List<Charset> LEGACY = List.of(GB18030, BIG5);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /** The decoded text (without BOM) and the charset it was read in. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(Path file, byte[] bytes) throws BadInputException {
        if (startsWith(bytes, UTF8_BOM)) {
            return declared(file, bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return declared(file, bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return declared(file, bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        refuseBrokenUtf8(file, bytes);
        return legacy(file, bytes);
    }

    /** Decodes the bytes in a charset a BOM or a page declared, refusing them if they are not valid in it. */
    private static Decoded declared(Path file, byte[] bytes, int skip, Charset charset) throws BadInputException {
        String text = strict(bytes, skip, charset);
        if (text == null) {
            throw new BadInputException(file, "marked as " + charset.name() + " (byte-order mark) but not valid "
                    + charset.name() + (charset == StandardCharsets.UTF_8 ? truncationHint(bytes) : ""));
        }
        return new Decoded(text, charset);
    }

    private static String truncationHint(byte[] bytes) {
        return Utf8Shape.endsInsideCharacter(bytes) ? ": it ends inside a character (truncated file?)" : "";
    }

    private static void refuseBrokenUtf8(Path file, byte[] bytes) throws BadInputException {
        if (Utf8Shape.endsInsideCharacter(bytes)
                && strict(Arrays.copyOf(bytes, Utf8Shape.completeLength(bytes)), 0, StandardCharsets.UTF_8) != null) {
            throw new BadInputException(file, "UTF-8 text that ends inside a character: the file is truncated"
                    + " (an interrupted download?); fetch it again");
        }
        Utf8Shape.MixedLines mixed = Utf8Shape.mixedLines(bytes);
        if (mixed != null) {
            throw new BadInputException(file, "mixed encodings: line " + mixed.utf8Line() + " is UTF-8 but line "
                    + mixed.otherLine() + " is not; save the whole file in one encoding");
        }
    }

    private static Decoded legacy(Path file, byte[] bytes) throws BadInputException {
        Decoded best = null;
        double bestScore = -1;
        for (Charset charset : LEGACY) {
            String text = strict(bytes, 0, charset);
            double score = text == null ? -1 : CommonCharacters.share(text);
            if (score > bestScore) {
                best = text == null ? null : new Decoded(text, charset);
                bestScore = score;
            }
        }
        if (best == null) {
            throw new BadInputException(file, "not a text file: binary content, or text in an unknown encoding (tried UTF-8, UTF-16 with BOM, GB18030, Big5)");
        }
        return best;
    }

    static String strict(byte[] bytes, int offset, Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            // String's own UTF-8 decoding (no CharBuffer copy) puts U+FFFD for every malformed sequence the
            // strict decoder reports; without one the bytes are well-formed, and both decode them alike
            String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) {
                return lenient;
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
