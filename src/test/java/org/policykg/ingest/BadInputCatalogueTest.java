package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.support.BadFiles;
import org.policykg.support.Forms;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * What arrives that is no document (see docs/bad-input.md): each is refused with an error naming
 * the file and the reason, the other files of the run are not held up, and the store is exactly as
 * before, graph for graph and triple for triple.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTest {
    /** Makes the bad input in a directory; returns the path to give the ingest. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    private Path tmp;
    private TempStore store;
    private Dataset before;
    private long quadsBefore;
    private String seedText;

    @BeforeAll
    void storeASeed(@TempDir Path dir) throws IOException {
        tmp = dir;
        store = new TempStore(tmp.resolve("store"));
        assertThat(store.ingest(Seeds.path(Seeds.GANZHOU)).ok()).isTrue();
        before = store.snapshot();
        quadsBefore = store.store.quadCount();
        seedText = Files.readString(Seeds.path(Seeds.GANZHOU));
    }

    @AfterAll
    void close() {
        store.close();
    }

    Stream<Arguments> badInput() {
        return Stream.of(
                bad("an empty file", dir -> write(dir, "empty.txt", new byte[0]), "file is empty"),
                bad("whitespace only", dir -> write(dir, "blank.txt", " \n\t\n\u3000\u3000\r\n".getBytes(StandardCharsets.UTF_8)),
                        "holds no text"),
                bad("binary data", dir -> write(dir, "data.txt", BadFiles.random(4096, 1)), "binary"),
                bad("text full of control characters", dir -> write(dir, "controls.txt",
                        seedText.substring(0, 500).replace(",", "\u0001\u0002").getBytes(StandardCharsets.UTF_8)), "binary"),
                bad("UTF-16 without byte-order mark", dir -> write(dir, "utf16.txt",
                        seedText.getBytes(StandardCharsets.UTF_16LE)), "binary"),
                bad("an image", dir -> write(dir, "scan.png", BadFiles.png()), "unsupported format image/png"),
                bad("a ZIP archive", dir -> write(dir, "plans.zip", zip()), "ZIP archive"),
                bad("a spreadsheet", dir -> write(dir, "tasks.xlsx", BadFiles.spreadsheet()), "unsupported format"),
                bad("an image-only PDF (a scan)", dir -> write(dir, "scan.pdf", Forms.imageOnlyPdf()), "without a text layer"),
                bad("an encrypted PDF", dir -> write(dir, "locked.pdf", BadFiles.encryptedPdf(Forms.pdf(seedText))),
                        "encrypted"),
                bad("a corrupt PDF", dir -> write(dir, "broken.pdf", corruptPdf()), "corrupt or unreadable PDF"),
                bad("an encrypted DOCX", dir -> write(dir, "locked.docx", BadFiles.encryptedDocx(Forms.docx(seedText))),
                        "encrypted"),
                bad("a truncated DOCX", dir -> write(dir, "cut.docx", BadFiles.head(Forms.docx(seedText), 0.6)),
                        "cut.docx"),
                bad("a corrupt DOC", dir -> write(dir, "broken.doc", BadFiles.head(Forms.doc(seedText), 0.5)), "corrupt"),
                bad("mixed encodings", dir -> write(dir, "mixed.txt", concat(seedText.substring(0, 300).getBytes(StandardCharsets.UTF_8),
                        seedText.substring(300, 900).getBytes(Charset.forName("GB18030")))), "mixed encodings"),
                bad("truncated UTF-8", dir -> write(dir, "cut.txt", cutInsideCharacter(seedText)), "truncated"),
                bad("a UTF-8 byte-order mark before GB18030 text", dir -> write(dir, "bom.txt", concat(new byte[] {(byte) 0xEF,
                        (byte) 0xBB, (byte) 0xBF}, seedText.getBytes(Charset.forName("GB18030")))), "marked as UTF-8"),
                bad("a 50 MB file", dir -> big(dir.resolve("huge.txt")), "above the 32 MB limit"),
                bad("an extremely long line", dir -> write(dir, "oneline.txt",
                        ("生态文明建设".repeat(20_000)).getBytes(StandardCharsets.UTF_8)), "a line of 120,000 characters"),
                bad("a directory named like a document", dir -> Files.createDirectories(dir.resolve("plan.txt")),
                        "directory holds no document files"),
                bad("a missing file", dir -> dir.resolve("missing.txt"), "no such file"),
                bad("a dangling symbolic link", dir -> Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt")),
                        "no such file"),
                bad("an unreadable file", BadInputCatalogueTest::unreadable, "cannot be read"),
                bad("a web page without an article", dir -> write(dir, "index.html", navigationPage()), "no"),
                bad("text in an unknown encoding", dir -> write(dir, "latin.txt", unknownEncoding()), "not a text file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void isRefusedWithItsNameAndReasonAndTheStoreIsUnchanged(String kind, Maker maker, String reason) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(kind.replaceAll("\\W+", "-")));
        Path file = maker.make(dir);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        IngestSummary summary = ingester(errors).ingest(List.of(file), store.store);

        String stderr = errors.toString(StandardCharsets.UTF_8);
        assertThat(summary.stored()).isZero();
        assertThat(summary.failures()).hasSize(1);
        assertThat(stderr).startsWith("error: ").contains(file.toString()).contains(reason);
        assertThat(store.store.quadCount()).isEqualTo(quadsBefore);
        assertThat(TempStore.sameContent(before, store.snapshot())).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aByteIdenticalCopyOfAStoredDocumentIsReportedAndSkipped() throws IOException {
        Path copy = Files.copy(Seeds.path(Seeds.GANZHOU), tmp.resolve("赣州 要点 副本.txt"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        IngestSummary summary = ingester(errors).ingest(List.of(copy), store.store);

        assertThat(summary.stored()).isZero();
        assertThat(summary.skipped()).hasSize(1);
        assertThat(summary.ok()).as("a copy is no failure").isTrue();
        assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith("notice: ").contains(copy.toString())
                .contains("same bytes as " + Seeds.GANZHOU).contains("not stored twice");
        assertThat(summary.line()).contains("1 skipped as duplicates");
        assertThat(TempStore.sameContent(before, store.snapshot())).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aBadFileDoesNotHoldUpTheGoodOnesBesideIt() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mixed-run"));
        write(dir, "a-empty.txt", new byte[0]);
        Files.copy(Seeds.path(Seeds.JIAXING_PORT), dir.resolve(Seeds.JIAXING_PORT));
        write(dir, "z-binary.txt", BadFiles.random(2048, 2));
        try (TempStore fresh = new TempStore(tmp.resolve("mixed-store"))) {
            IngestSummary summary = fresh.ingest(dir);

            assertThat(summary.stored()).isEqualTo(1);
            assertThat(summary.failures()).hasSize(2);
            assertThat(fresh.errors().lines()).allMatch(l -> l.startsWith("error: "));
        }
    }

    private Ingester ingester(ByteArrayOutputStream errors) {
        return new Ingester(store.iris, new PrintStream(errors, true, StandardCharsets.UTF_8), new Progress(System.err, false));
    }

    private static Arguments bad(String kind, Maker maker, String reason) {
        return Arguments.of(kind, maker, reason);
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The seed's UTF-8 cut after the first byte of its last Chinese character. */
    private static byte[] cutInsideCharacter(String text) {
        byte[] bytes = text.strip().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(bytes, bytes.length - 2);
    }

    private static Path big(Path file) throws IOException {
        byte[] block = "一、重点任务\n（一）推进生态文明建设。\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        return file;
    }

    private static Path unreadable(Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("secret.txt"), "一、总体要求\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as root, who reads any file").isFalse();
        return file;
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("plan.txt"));
            zip.write("一、总体要求".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] corruptPdf() {
        return concat("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n".getBytes(StandardCharsets.US_ASCII),
                BadFiles.random(2048, 3));
    }

    private static byte[] navigationPage() {
        return """
                <html><head><meta charset="utf-8"><title>首页</title></head><body>
                <div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
                <div class="footer">版权所有 某某市人民政府 赣ICP备05004128号</div></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes valid in none of UTF-8, GB18030 and Big5: a lone lead byte before a line break, repeatedly. */
    private static byte[] unknownEncoding() {
        byte[] line = {'a', 'b', (byte) 0x81, '\n'};
        byte[] out = new byte[400];
        for (int i = 0; i < out.length; i++) {
            out[i] = line[i % line.length];
        }
        return out;
    }
}
