package org.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises the bytes for which Tika's detection certainly answers plain text, without trying its
 * whole magic table (~850 patterns, each through new stream objects: most of the time of reading a
 * plain-text document). Everything it does not recognise goes through Tika as before.
 *
 * <p>Why it is safe: Tika's {@code DefaultDetector} answers the most specific of its detectors'
 * answers. Its container detectors (OLE2, ZIP) are run here as they are (they look at a 1 KB prefix,
 * cheaply); {@code MimeTypes} answers text/plain or application/octet-stream, both plain text to
 * {@link FormatSniffer}, unless one of its magic patterns matches the header (the first
 * {@code getMinLength()} bytes). A header that starts with blanks (tab, LF, CR, space) and then a
 * three-byte UTF-8 character other than the byte order mark, as Chinese text does, and holds no control
 * byte other than tab, LF and CR cannot match any pattern of the table except those of the {@link #EVALUATED} types: every other
 * pattern needs a control byte, or a byte at the start that blanks and a CJK character cannot be
 * (a regex tried at offset 0 whose first items cannot be blanks and such a character's bytes).
 * The patterns of those types are tried by Tika itself ({@link MimeType#matchesMagic}, the same
 * objects its detection evaluates), except where the header lacks every byte of the type's
 * {@link #TRIGGERS}: each pattern of such a type that the rule leaves needs one of them (a tag's
 * {@code <}, a letter of a mail header's name). {@code CertainPlainTextTest} derives the list from the table
 * on the class path by this rule and checks every trigger against the type's patterns, so a Tika
 * upgrade that adds or changes a pattern fails the build, not a verdict.
 */
final class CertainPlainText {
    /** The types with a pattern the rule above does not rule out. */
    static final Set<String> EVALUATED = Set.of(
            "application/dicom", "application/illustrator+ps", "application/mac-binhex40", "application/msword",
            "application/pdf", "application/vnd.iccprofile", "application/vnd.ms-excel",
            "application/vnd.tcpdump.pcapng", "application/x-adobe-indesign-interchange",
            "application/x-ebu-stl", "application/x-endnote-refer", "application/x-fat-diskimage",
            "application/x-filemaker", "application/x-gnumeric", "application/x-iso9660-image",
            "application/x-java-keystore", "application/x-mobipocket-ebook", "application/x-ms-nls",
            "application/x-ms-owner", "application/x-prt", "application/x-sas-data", "application/x-sc",
            "application/x-tmx", "application/x-zoo", "application/xhtml+xml",
            "audio/mp4", "audio/mpeg", "audio/x-mod", "image/avif", "image/heic",
            "image/heic-sequence", "image/heif", "image/heif-sequence", "image/vnd.dxf;format=ascii",
            "image/vnd.zbrush.pcx", "image/x-canon-cr3", "image/x-freehand", "message/rfc822", "message/x-emlx",
            "text/html", "text/vnd.graphviz", "text/x-robots", "video/3gpp",
            "video/3gpp2", "video/mp4", "video/quicktime", "video/x-m4v", "video/x-msvideo");

    /**
     * For most of those types, bytes one of which every pattern they still have needs (as ISO-8859-1
     * characters), chosen among those that {@code CertainPlainTextTest} accepts as the rarest in Chinese
     * text (Latin letters a document seldom holds: F, W, Y …; a letter stands with its other case where a
     * pattern ignores case or has both), or a control byte the rule already keeps out where no pattern left
     * can match what the rule takes. Their patterns are then seldom tried; the types not listed always are.
     */
    static final Map<String, String> TRIGGERS = Map.ofEntries(
            Map.entry("text/html", "<"), Map.entry("application/xhtml+xml", "<"),
            Map.entry("application/illustrator+ps", "_"), Map.entry("message/rfc822", "Ee"),
            Map.entry("text/x-robots", "Aa"), Map.entry("application/x-ms-owner", "\u0000"),
            Map.entry("application/x-ms-nls", "\u0000\u0001"), Map.entry("text/vnd.graphviz", "p"),
            Map.entry("image/vnd.dxf;format=ascii", "T"),
            Map.entry("application/dicom", "Ii"), Map.entry("application/mac-binhex40", "Ww"),
            Map.entry("application/msword", "Ww"), Map.entry("application/pdf", "Ff"),
            Map.entry("application/vnd.iccprofile", "Aa"), Map.entry("application/vnd.ms-excel", "Ff"),
            Map.entry("application/x-adobe-indesign-interchange", "?"), Map.entry("application/x-ebu-stl", "Ll"),
            Map.entry("application/x-endnote-refer", "Aa"), Map.entry("application/x-filemaker", "\u0000"),
            Map.entry("application/x-gnumeric", "Kk"), Map.entry("application/x-iso9660-image", "Cc"),
            Map.entry("application/x-mobipocket-ebook", "Kk"), Map.entry("application/x-prt", "Cc"),
            Map.entry("application/x-sas-data", "Ff"), Map.entry("application/x-sc", "Aa"),
            Map.entry("application/x-tmx", "Xx"), Map.entry("audio/mp4", "Yy"),
            // mpeg: a regex (8 KB decoded and the regex compiled on every try) and x-mod: 13 patterns, tried
            // for every document before; 0xFF is no byte of UTF-8 text. emlx: lower-case e or o, not ':' (in
            // most documents)
            Map.entry("audio/mpeg", "\u00FFI"), Map.entry("audio/x-mod", "CKT"), Map.entry("image/avif", "Yy"),
            Map.entry("image/heic", "Yy"), Map.entry("image/heic-sequence", "Yy"), Map.entry("image/heif", "Yy"),
            Map.entry("image/heif-sequence", "Yy"), Map.entry("image/vnd.zbrush.pcx", "\u0000"),
            Map.entry("image/x-canon-cr3", "Yy"), Map.entry("image/x-freehand", "Ff"),
            Map.entry("message/x-emlx", "eo"), Map.entry("video/3gpp", "Yy"), Map.entry("video/3gpp2", "Yy"),
            Map.entry("video/mp4", "Yy"), Map.entry("video/quicktime", "Yy"), Map.entry("video/x-m4v", "Yy"),
            Map.entry("video/x-msvideo", "Aa"));

    /** A type to try, with its trigger bytes (none: always tried). */
    private record Evaluated(MimeType type, byte[] triggers) {
    }

    private final List<Detector> containerDetectors;
    private final List<Evaluated> evaluated;
    private final int headerLength;

    /** @param detectors the detectors of the {@code DefaultDetector} whose verdict this stands in for */
    CertainPlainText(List<Detector> detectors) {
        MimeTypes mimeTypes = detectors.stream().filter(MimeTypes.class::isInstance).map(MimeTypes.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("Tika's detector has no MimeTypes"));
        this.containerDetectors = detectors.stream().filter(d -> d != mimeTypes).toList();
        this.evaluated = EVALUATED.stream().map(name -> new Evaluated(registered(mimeTypes, name),
                TRIGGERS.getOrDefault(name, "").getBytes(StandardCharsets.ISO_8859_1))).toList();
        this.headerLength = mimeTypes.getMinLength();
    }

    /** Whether Tika would certainly call these bytes text/plain or application/octet-stream. */
    boolean test(byte[] bytes) throws IOException {
        byte[] header = bytes.length <= headerLength ? bytes : Arrays.copyOf(bytes, headerLength);
        if (!startsWithBlanksThenWideCharacter(header)) {
            return false;
        }
        boolean[] present = bytesPresent(header);
        return present != null && noEvaluatedMagic(header, present) && noContainer(bytes);
    }

    static boolean startsWithBlanksThenWideCharacter(byte[] header) {
        int i = 0;
        while (i < header.length && isBlank(header[i])) {
            i++;
        }
        return i + 2 < header.length && (header[i] & 0xF0) == 0xE0
                && (header[i + 1] & 0xC0) == 0x80 && (header[i + 2] & 0xC0) == 0x80 && !isByteOrderMark(header, i);
    }

    /**
     * U+FEFF, which Tika's table matches at the start (text/plain's 0xefbbbf, and the patterns other types
     * look for after one): a text that starts with it is left to Tika, as its pattern made it before, and
     * those patterns then cannot match what the rule takes.
     */
    private static boolean isByteOrderMark(byte[] header, int at) {
        return header[at] == (byte) 0xEF && header[at + 1] == (byte) 0xBB && header[at + 2] == (byte) 0xBF;
    }

    static boolean isBlank(int b) {
        return b == '\t' || b == '\n' || b == '\r' || b == ' ';
    }

    /** Control bytes other than tab, LF and CR (the binary formats' magic numbers are full of them). */
    static boolean isControl(int b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F;
    }

    /**
     * Which byte values the header holds; null if one is a control byte. The loop only marks each byte
     * (no test per byte, the header is most of a document); the control bytes are then looked up among
     * the 256 marks: one is present exactly when a byte of the header is one.
     */
    static boolean[] bytesPresent(byte[] header) {
        boolean[] present = new boolean[256];
        for (byte b : header) {
            present[b & 0xFF] = true;
        }
        for (int b = 0; b < present.length; b++) {
            if (present[b] && isControl((byte) b)) {
                return null;
            }
        }
        return present;
    }

    private boolean noEvaluatedMagic(byte[] header, boolean[] present) {
        for (Evaluated e : evaluated) {
            if (mayMatch(e.triggers(), present) && e.type().matchesMagic(header)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayMatch(byte[] triggers, boolean[] present) {
        if (triggers.length == 0) {
            return true;
        }
        for (byte t : triggers) {
            if (present[t & 0xFF]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The container detectors' verdict, each given a plain stream over the bytes instead of the
     * TikaInputStream Tika's detection shares among them (whose making draws a random UUID from
     * SecureRandom for every document). They answer alike: OLE2's detector treats a TikaInputStream
     * otherwise only where it holds an open container (a fresh one holds none) or the bytes start with
     * OLE2's signature (0xD0CF11E0…), and the ZIP detector only for an archive its 1 KB prefix shows to
     * be a ZIP or JAR (signatures starting "PK"); the bytes the rule takes start with a blank or a lead
     * byte 0xE0–0xEF. Both read the stream from its start and reset it, so one each is what a shared one
     * gives them.
     */
    private boolean noContainer(byte[] bytes) throws IOException {
        for (Detector detector : containerDetectors) {
            if (!MediaType.OCTET_STREAM.equals(detector.detect(new ByteArrayInputStream(bytes), new Metadata()))) {
                return false;
            }
        }
        return true;
    }

    private static MimeType registered(MimeTypes mimeTypes, String name) {
        try {
            MimeType type = mimeTypes.getRegisteredMimeType(name);
            if (type == null) {
                throw new IllegalStateException("Tika has no type " + name + " any more: see CertainPlainTextTest");
            }
            return type;
        } catch (MimeTypeException e) {
            throw new IllegalStateException("bad type name " + name, e);
        }
    }
}
