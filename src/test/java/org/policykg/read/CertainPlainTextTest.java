package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.bench.CorpusGenerator;
import org.policykg.support.Forms;
import org.policykg.support.Seeds;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The shortcut past Tika's magic table gives Tika's verdict: the types whose patterns it still tries
 * are exactly those its rule cannot rule out (derived here from the magic table on the class path), and
 * wherever it says "certainly plain text", Tika's full detection says text/plain or octet-stream.
 */
class CertainPlainTextTest {
    private static final DefaultDetector TIKA = new DefaultDetector();
    private static final CertainPlainText RULE = new CertainPlainText(TIKA.getDetectors());
    private static final Set<MediaType> PLAIN = Set.of(MediaType.TEXT_PLAIN, MediaType.OCTET_STREAM);

    @Test
    void triesExactlyTheTypesWhosePatternsTheRuleCannotRuleOut() throws Exception {
        Set<String> needed = new TreeSet<>();
        for (String table : List.of("org/apache/tika/mime/tika-mimetypes.xml", "org/apache/tika/mime/custom-mimetypes.xml")) {
            for (URL url : Collections.list(getClass().getClassLoader().getResources(table))) {
                needed.addAll(typesWithReachablePatterns(url));
            }
        }
        Set<String> evaluated = CertainPlainText.EVALUATED.stream().map(CertainPlainTextTest::normalized)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(needed).as("magic patterns of these types can match Chinese text: list them in EVALUATED").hasSizeGreaterThan(20);
        assertThat(evaluated).isEqualTo(needed);
    }

    /** Every pattern of a type with triggers that the rule leaves needs one of the trigger bytes. */
    @Test
    void everyPatternLeftOfATypeWithTriggersNeedsOneOfThem() throws Exception {
        assertThat(CertainPlainText.EVALUATED).containsAll(CertainPlainText.TRIGGERS.keySet());
        for (var entry : CertainPlainText.TRIGGERS.entrySet()) {
            Set<Integer> triggers = entry.getValue().chars().boxed().collect(Collectors.toSet());
            List<Element> matches = topLevelMatches(normalized(entry.getKey()));

            assertThat(matches).as(entry.getKey()).isNotEmpty();
            for (Element match : matches) {
                assertThat(!reachable(match) || needsOneOf(match, triggers))
                        .as(entry.getKey() + ": " + match.getAttribute("value") + " needs none of " + entry.getValue()).isTrue();
            }
        }
    }

    @Test
    void agreesWithTikaOnEveryCorpusDocumentAndForm(@TempDir Path dir) throws Exception {
        new CorpusGenerator(42).write(dir, 200);
        List<byte[]> inputs = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(dir), Files.list(Seeds.DIR))) {
            for (Path file : files.sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
            }
        }
        String seed = Files.readString(Seeds.path(Seeds.GANZHOU));
        for (String charset : List.of("UTF-8", "GB18030", "Big5", "UTF-16LE")) {
            inputs.add(Forms.encoded(seed, Charset.forName(charset), false));
            inputs.add(Forms.encoded(seed, Charset.forName(charset), true));
            inputs.add(Forms.webPage(seed, Charset.forName(charset)));
        }
        inputs.addAll(List.of(Forms.docx(seed), Forms.doc(seed), Forms.pdf(seed)));

        int certain = 0;
        for (byte[] bytes : inputs) {
            if (RULE.test(bytes)) {
                certain++;
                assertThat(tika(bytes)).isIn(PLAIN);
            }
        }
        assertThat(certain).as("the shortcut serves most plain UTF-8 texts").isGreaterThan(200);
    }

    /** The detectors whose handling of a plain stream CertainPlainText.noContainer relies on, and no other. */
    @Test
    void containerDetectorsAreOle2AndZipOnly() {
        assertThat(TIKA.getDetectors().stream().filter(d -> !(d instanceof MimeTypes)).map(Object::getClass))
                .containsExactlyInAnyOrder(POIFSContainerDetector.class, DefaultZipContainerDetector.class);
    }

    /** On bytes the rule takes, each container detector answers a plain stream as it answers Tika's own. */
    @Test
    void containerDetectorsAnswerAPlainStreamAsATikaStream(@TempDir Path dir) throws Exception {
        new CorpusGenerator(7).write(dir, 100);
        List<byte[]> inputs = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(dir), Files.list(Seeds.DIR))) {
            for (Path file : files.sorted().toList()) {
                inputs.add(Files.readAllBytes(file));
            }
        }
        Random random = new Random(19);
        for (int n = 0; n < 200; n++) {
            // a Chinese start, then any bytes but control bytes: what the rule may take, made up
            byte[] bytes = new byte[3 + random.nextInt(2000)];
            System.arraycopy("一".getBytes(StandardCharsets.UTF_8), 0, bytes, 0, 3);
            for (int i = 3; i < bytes.length; i++) {
                do {
                    bytes[i] = (byte) random.nextInt(256);
                } while (CertainPlainText.isControl(bytes[i]));
            }
            inputs.add(bytes);
        }
        byte[] tarLike = ("一、" + " ".repeat(251) + "ustar  00" + "0".repeat(300)).getBytes(StandardCharsets.UTF_8);
        inputs.add(tarLike);

        int compared = 0;
        for (byte[] bytes : inputs) {
            if (!CertainPlainText.startsWithBlanksThenWideCharacter(bytes) || CertainPlainText.bytesPresent(bytes) == null) {
                continue;
            }
            for (Detector detector : TIKA.getDetectors()) {
                if (!(detector instanceof MimeTypes)) {
                    compared++;
                    try (TikaInputStream in = TikaInputStream.get(bytes)) {
                        assertThat(detector.detect(new ByteArrayInputStream(bytes), new Metadata()))
                                .isEqualTo(detector.detect(in, new Metadata()));
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    /** The marks say which bytes a header holds, and null exactly when it holds a control byte. */
    @Test
    void bytesPresentMarksEveryByteAndRefusesControlBytes() {
        Random random = new Random(5);
        for (int n = 0; n < 2000; n++) {
            byte[] header = new byte[random.nextInt(300)];
            for (int i = 0; i < header.length; i++) {
                // mostly text bytes, now and then any byte
                header[i] = (byte) (random.nextInt(40) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(0xE0));
            }
            boolean control = false;
            boolean[] expected = new boolean[256];
            for (byte b : header) {
                control |= CertainPlainText.isControl(b);
                expected[b & 0xFF] = true;
            }
            boolean[] present = CertainPlainText.bytesPresent(header);
            if (control) {
                assertThat(present).isNull();
            } else {
                assertThat(present).isEqualTo(expected);
            }
        }
        for (int b = 0; b < 256; b++) {
            assertThat(CertainPlainText.bytesPresent(new byte[] {'a', (byte) b, 'b'}) == null).isEqualTo(CertainPlainText.isControl((byte) b));
        }
    }

    /** Chinese text that Tika calls something else, each by a pattern the rule leaves to Tika. */
    @ParameterizedTest
    @ValueSource(strings = {"一、总体要求\n<html><body>正文</body></html>", "中%PDF-1.4 文本", "一、总体\nMessage-ID: <a@b>\n正文",
            "\n\n一、总体要求 <html xmlns=\"http://www.w3.org/1999/xhtml\">"})
    void leavesTextThatMatchesAPatternToTika(String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(tika(bytes)).isNotIn(PLAIN);
        assertThat(RULE.test(bytes)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plan 2020\n一、总体要求", "一、总体\u0000要求", "一、总体\u000c要求", "\uFEFF一、总体要求"})
    void leavesTextNotStartingAsChineseOrWithControlBytesToTika(String text) throws Exception {
        assertThat(RULE.test(text.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void takesChineseTextAfterBlankLines() throws Exception {
        byte[] bytes = "\r\n \t一、总体要求\n（一）指导思想".getBytes(StandardCharsets.UTF_8);

        assertThat(RULE.test(bytes)).isTrue();
        assertThat(tika(bytes)).isIn(PLAIN);
    }

    private static MediaType tika(byte[] bytes) throws Exception {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return TIKA.detect(in, new Metadata());
        }
    }

    private static List<Element> topLevelMatches(String type) throws Exception {
        List<Element> out = new ArrayList<>();
        for (Element t : mimeTypes()) {
            if (normalized(t.getAttribute("type")).equals(type)) {
                for (Element magic : children(t, "magic")) {
                    out.addAll(children(magic, "match"));
                }
            }
        }
        return out;
    }

    private static List<Element> mimeTypes() throws Exception {
        List<Element> out = new ArrayList<>();
        for (String table : List.of("org/apache/tika/mime/tika-mimetypes.xml", "org/apache/tika/mime/custom-mimetypes.xml")) {
            for (URL url : Collections.list(CertainPlainTextTest.class.getClassLoader().getResources(table))) {
                try (InputStream in = url.openStream()) {
                    out.addAll(children(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement(), "mime-type"));
                }
            }
        }
        return out;
    }

    /**
     * Whether every header this match (with its nested matches) can match holds one of the bytes: a
     * string pattern with a position only they can fill, a regex with one of them as a literal it cannot
     * skip, nested matches that all need one, or enough children of a minShouldMatch that need one.
     */
    private static boolean needsOneOf(Element match, Set<Integer> bytes) {
        List<Element> nested = children(match, "match");
        if (match.hasAttribute("minShouldMatch")) {
            long free = nested.stream().filter(c -> reachable(c) && !needsOneOf(c, bytes)).count();
            return free < Integer.parseInt(match.getAttribute("minShouldMatch"));
        }
        if (!nested.isEmpty() && nested.stream().allMatch(c -> !reachable(c) || needsOneOf(c, bytes))) {
            return true;
        }
        Pattern p = parse(match);
        if (p.regex) {
            return RegexLiterals.required(new String(p.pattern, StandardCharsets.UTF_8)).stream()
                    .anyMatch(letters -> bytes.containsAll(letters));
        }
        for (int j = 0; j < p.length(); j++) {
            if (p.matchableBytes(j).stream().allMatch(bytes::contains)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> typesWithReachablePatterns(URL table) throws Exception {
        Set<String> types = new TreeSet<>();
        try (InputStream in = table.openStream()) {
            org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            for (Element type : children(doc.getDocumentElement(), "mime-type")) {
                for (Element magic : children(type, "magic")) {
                    if (children(magic, "match").stream().anyMatch(CertainPlainTextTest::reachable)) {
                        types.add(normalized(type.getAttribute("type")));
                    }
                }
            }
        }
        return types;
    }

    private static String normalized(String type) {
        return MediaType.parse(type.trim()).toString();
    }

    /**
     * Whether a top-level match (its nested matches only narrow it) could match a header the rule takes:
     * blanks, a three-byte UTF-8 character other than the byte order mark, then any bytes but control bytes other than tab, LF, CR.
     */
    private static boolean reachable(Element match) {
        if (match.hasAttribute("minShouldMatch")) {
            long reachable = children(match, "match").stream().filter(CertainPlainTextTest::reachable).count();
            return reachable >= Integer.parseInt(match.getAttribute("minShouldMatch"));
        }
        Pattern p = parse(match);
        if (p.regex) {
            if (p.begin != 0 || p.end != 0) {
                return true;
            }
            // tried at offset 0 only, its first items must fit the header's first bytes: blanks, then a
            // lead byte and two continuation bytes, then text
            String regex = new String(p.pattern, StandardCharsets.UTF_8);
            List<Set<Integer>> items = RegexLiterals.leadingItems(regex);
            if (!items.isEmpty()) {
                return fitsAfterSomeBlanks(items);
            }
            Set<Integer> first = RegexLiterals.firstCharacters(regex);
            return first == null || first.stream().anyMatch(b -> b < 256 && (ByteClass.BLANK.has(b) || ByteClass.LEAD.has(b)));
        }
        for (int j = 0; j < p.length(); j++) {
            if (!p.canMatch(j, ByteClass.TEXT)) {
                return false;
            }
        }
        if (p.end >= 3) {
            return true; // can start past the first character, where any text byte may stand
        }
        for (int start = p.begin; start <= p.end; start++) {
            for (int blanks = 0; blanks <= start + p.length(); blanks++) {
                if (fits(p, start, blanks)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Pattern parse(Element match) {
        return Pattern.of(MagicDetector.parse(MediaType.OCTET_STREAM,
                match.hasAttribute("type") ? match.getAttribute("type") : "string", attribute(match, "offset"),
                attribute(match, "value"), attribute(match, "mask")));
    }

    private static boolean fitsAfterSomeBlanks(List<Set<Integer>> items) {
        for (int blanks = 0; blanks <= items.size(); blanks++) {
            boolean fits = true;
            for (int j = 0; j < items.size() && fits; j++) {
                ByteClass kind = j < blanks ? ByteClass.BLANK : j == blanks ? ByteClass.LEAD
                        : j <= blanks + 2 ? ByteClass.CONTINUATION : ByteClass.TEXT;
                fits = items.get(j).stream().anyMatch(b -> b < 256 && kind.has(b));
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Pattern p, int start, int blanks) {
        int lead = blanks - start;
        if (lead >= 0 && lead + 2 < p.length() && p.onlyMatches(lead, 0xEF) && p.onlyMatches(lead + 1, 0xBB)
                && p.onlyMatches(lead + 2, 0xBF)) {
            return false; // the rule leaves a text whose first character is the byte order mark to Tika
        }
        for (int j = 0; j < p.length(); j++) {
            int at = start + j;
            ByteClass kind = at < blanks ? ByteClass.BLANK : at == blanks ? ByteClass.LEAD
                    : at <= blanks + 2 ? ByteClass.CONTINUATION : ByteClass.TEXT;
            if (!p.canMatch(j, kind)) {
                return false;
            }
        }
        return true;
    }

    private enum ByteClass {
        BLANK, LEAD, CONTINUATION, TEXT;

        boolean has(int b) {
            return switch (this) {
                case BLANK -> CertainPlainText.isBlank((byte) b);
                case LEAD -> (b & 0xF0) == 0xE0;
                case CONTINUATION -> (b & 0xC0) == 0x80;
                case TEXT -> !CertainPlainText.isControl((byte) b);
            };
        }
    }

    /** A parsed magic pattern, read from Tika's own detector (its decoding of values and masks). */
    private record Pattern(byte[] pattern, byte[] mask, int begin, int end, boolean regex, boolean ignoreCase) {
        static Pattern of(MagicDetector d) {
            return new Pattern((byte[]) field(d, "pattern"), (byte[]) field(d, "mask"), (int) field(d, "offsetRangeBegin"),
                    (int) field(d, "offsetRangeEnd"), (boolean) field(d, "isRegex"), (boolean) field(d, "isStringIgnoreCase"));
        }

        int length() {
            return pattern.length;
        }

        /** Tika's comparison (MagicDetector.detect) for some byte of the class at position j. */
        boolean canMatch(int j, ByteClass byteClass) {
            return matchableBytes(j).stream().anyMatch(byteClass::has);
        }

        /** Whether Tika's comparison accepts no byte at position j but {@code b}. */
        boolean onlyMatches(int j, int b) {
            return matchableBytes(j).equals(List.of(b));
        }

        /** The byte values (0–255) that Tika's comparison accepts at position j. */
        List<Integer> matchableBytes(int j) {
            List<Integer> out = new ArrayList<>();
            for (int b = 0; b < 256; b++) {
                byte value = (byte) b;
                int masked = value & mask[j];
                if (ignoreCase) {
                    masked = Character.toLowerCase(masked);
                }
                if (masked == pattern[j]) {
                    out.add(b);
                }
            }
            return out;
        }

        private static Object field(MagicDetector d, String name) {
            try {
                Field f = MagicDetector.class.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(d);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Tika's MagicDetector changed: " + name, e);
            }
        }
    }

    private static String attribute(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
