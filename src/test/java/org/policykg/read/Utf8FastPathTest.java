package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** TextDecoder.strict's UTF-8 fast path answers as the strict CharsetDecoder does, valid input or not. */
class Utf8FastPathTest {

    @Test
    void strictUtf8AgreesWithTheStrictDecoder() throws IOException {
        int valid = 0;
        int refused = 0;
        for (byte[] bytes : samples()) {
            for (int offset : new int[] {0, Math.min(3, bytes.length)}) {
                String expected = reference(bytes, offset);
                assertThat(TextDecoder.strict(bytes, offset, StandardCharsets.UTF_8)).as(Arrays.toString(
                        Arrays.copyOf(bytes, Math.min(16, bytes.length)))).isEqualTo(expected);
                valid += expected == null ? 0 : 1;
                refused += expected == null ? 1 : 0;
            }
        }
        assertThat(valid).isGreaterThan(20);
        assertThat(refused).isGreaterThan(20);
    }

    private static String reference(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<byte[]> samples() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String s : List.of("", "abc", "\uFFFD", "正文\uFFFD正文", "𠀀\uD83D\uDE00")) {
            out.add(s.getBytes(StandardCharsets.UTF_8));
        }
        // malformed: lone continuation, truncated, overlong, encoded surrogate, out of range, bad lead bytes
        for (int[] b : new int[][] {{0x80}, {0xE4, 0xB8}, {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
                {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xFF}, {0xFE}, {0xEF, 0xBB}}) {
            byte[] bytes = new byte[b.length];
            for (int i = 0; i < b.length; i++) {
                bytes[i] = (byte) b[i];
            }
            out.add(bytes);
        }
        for (String dir : List.of("data/documents", "src/test/resources/heldout/documents")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    out.add(bytes);
                    out.add(Arrays.copyOf(bytes, bytes.length - 1));
                    out.add(new String(bytes, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
                }
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            random.nextBytes(bytes);
            out.add(bytes);
        }
        return out;
    }
}
