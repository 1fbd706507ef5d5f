package org.policykg.read;

import java.nio.charset.StandardCharsets;

/** How bytes that are not valid UTF-8 fail to be: cut off inside the last character, or UTF-8 only in some lines. */
final class Utf8Shape {
    /** A line needs this many multi-byte characters to count as UTF-8: legacy bytes form a few by chance. */
    private static final int MIN_MULTIBYTE = 4;

    /** 1-based numbers of a line that is UTF-8 and one that is not. */
    record MixedLines(int utf8Line, int otherLine) {
    }

    private Utf8Shape() {
    }

    /** Whether the bytes end with the first bytes of a multi-byte UTF-8 character and not its last. */
    static boolean endsInsideCharacter(byte[] bytes) {
        return completeLength(bytes) < bytes.length;
    }

    /** The length without a trailing incomplete UTF-8 sequence. */
    static int completeLength(byte[] bytes) {
        int i = bytes.length - 1;
        int continuation = 0;
        while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
            continuation++;
            i--;
        }
        if (i < 0) {
            return bytes.length;
        }
        int lead = bytes[i] & 0xFF;
        int needed = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
        return needed > continuation ? i : bytes.length;
    }

    static MixedLines mixedLines(byte[] bytes) {
        int utf8Line = 0;
        int otherLine = 0;
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                byte[] slice = java.util.Arrays.copyOfRange(bytes, start, i);
                if (hasHighBytes(slice)) {
                    String utf8 = TextDecoder.strict(slice, 0, StandardCharsets.UTF_8);
                    if (utf8 == null) {
                        otherLine = otherLine == 0 ? line : otherLine;
                    } else if (multibyte(utf8) >= MIN_MULTIBYTE) {
                        utf8Line = utf8Line == 0 ? line : utf8Line;
                    }
                }
                line++;
                start = i + 1;
            }
        }
        return utf8Line > 0 && otherLine > 0 ? new MixedLines(utf8Line, otherLine) : null;
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static long multibyte(String text) {
        return text.codePoints().filter(c -> c > 0x7F).count();
    }
}
