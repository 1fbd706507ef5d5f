package org.policykg.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How much of a text's non-ASCII is what Chinese writing commonly uses: characters of GB2312's
 * first level (the 3,755 frequent Simplified ones), of Big5's frequent level (A440–C67E, Traditional),
 * and CJK punctuation and full-width forms. Bytes decoded in the wrong one of GB18030 and Big5 give
 * many rare characters, Japanese kana, box drawing and private-use code points instead.
 */
final class CommonCharacters {
    private static final int SAMPLE = 20_000;
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");

    private CommonCharacters() {
    }

    static double share(String text) {
        CharsetEncoder gb = GB2312.newEncoder();
        CharsetEncoder big5 = BIG5.newEncoder();
        int seen = 0;
        int common = 0;
        for (int i = 0; i < text.length() && seen < SAMPLE; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            seen++;
            if (isPunctuation(c) || inRange(gb, c, 0xB0A1, 0xD7FE) || inRange(big5, c, 0xA440, 0xC67E)) {
                common++;
            }
        }
        return seen == 0 ? 1.0 : (double) common / seen;
    }

    private static boolean isPunctuation(char c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027);
    }

    private static boolean inRange(CharsetEncoder encoder, char c, int low, int high) {
        if (Character.isSurrogate(c) || !encoder.canEncode(c)) {
            return false;
        }
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(new char[] {c}));
            if (bytes.remaining() != 2) {
                return false;
            }
            int code = ((bytes.get(0) & 0xFF) << 8) | (bytes.get(1) & 0xFF);
            return code >= low && code <= high;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
