package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The loops of ControlCharacters agree with the plain per-char rules they replace. */
class ControlCharactersTest {

    @Test
    void shareAndCleanAgreeWithThePerCharRules() throws IOException {
        for (String text : texts()) {
            assertThat(ControlCharacters.share(text)).as(text).isEqualTo(plainShare(text));
            assertThat(ControlCharacters.clean(text)).as(text).isEqualTo(plainClean(text));
        }
    }

    /** The one-pass scan counts what the plain rules count, on every char of the BMP and whole texts. */
    @Test
    void theScanAgreesWithThePlainRules() throws IOException {
        List<String> texts = texts();
        for (int c = 0; c <= 0xFFFF; c++) {
            texts.add(String.valueOf((char) c));
            texts.add("ab" + (char) c + "\nc");
        }
        texts.addAll(List.of("\n", "\n\n", "ab\n", "\nabc", "a\nbcd\nef", "a\r\nbc\r"));
        for (String text : texts) {
            TextScan scan = TextScan.of(text);
            assertThat(scan.strays()).as(text).isEqualTo(text.chars().filter(ControlCharactersTest::stray).count());
            assertThat(scan.needsCleaning()).as(text).isEqualTo(!plainClean(text).equals(text));
            assertThat(scan.longestLine()).as(text).isEqualTo(plainLongestLine(text));
        }
    }

    @Test
    void aCleanTextIsReturnedAsItIsAndADirtyOneIsCleaned() {
        String clean = "一、总体要求\r\n（一）目标\n\t正文";
        assertThat(ControlCharacters.clean(clean)).isSameAs(clean);
        assertThat(ControlCharacters.clean("a\rb\u0001c\u2028d\u0085")).isEqualTo("a\nb c\nd\n");
        assertThat(ControlCharacters.share("ab\u0000\u0001")).isEqualTo(0.5);
    }

    private static double plainShare(String text) {
        return text.isEmpty() ? 0 : (double) text.chars().filter(ControlCharactersTest::stray).count() / text.length();
    }

    private static String plainClean(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean lineBreak = c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (lineBreak || (c == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n'))) {
                chars[i] = '\n';
            } else if (stray(c)) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static int plainLongestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static boolean stray(int c) {
        boolean c0 = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000B';
        return c0 || c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85);
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "\r", "\r\n", "a\r", "\n\r\n\r", "\u0000", "\u007F\u0080\u0085\u009F",
                "\f\u000B\u2028\u2029", "正文\t", "\u00A0\u3000"));
        for (int c = 0; c < 0xA0; c++) {
            texts.add("x" + (char) c + "y");
        }
        for (String dir : List.of("data/documents", "src/test/resources/heldout/documents")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    texts.add(Files.readString(f));
                }
            }
        }
        return texts;
    }
}
