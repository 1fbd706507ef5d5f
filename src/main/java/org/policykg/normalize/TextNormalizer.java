package org.policykg.normalize;

import com.hankcs.hanlp.HanLP;

/**
 * Normalizes a document's text for matching: Traditional script to Simplified with HanLP's
 * converter, full-width digits and Latin letters to half-width. Every step keeps the text's length,
 * so offsets stay valid in the original. A document is converted only when it is written in
 * Traditional script, because the converter also rewrites a few Simplified characters (著→着).
 */
public final class TextNormalizer {
    private static final double TRADITIONAL_SHARE = 0.02;
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    private static final byte[] TRADITIONAL = new byte[Character.MAX_VALUE + 1];
    private static final byte HAN = 2;
    /** Whether a char is of the Han script (NO or HAN once known): UnicodeScript.of searches a table. */
    private static final byte[] SCRIPT = new byte[Character.MAX_VALUE + 1];

    public NormalizedText normalize(String original) {
        Script script = detectScript(original);
        String simplified = script == Script.TRADITIONAL ? toSimplified(original) : original;
        return new NormalizedText(original, halfWidth(simplified), script);
    }

    /** Simplified form of a short string, e.g. a label; length may differ for whole phrases. */
    public static String simplified(String text) {
        return toSimplified(text);
    }

    static Script detectScript(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                han++;
                if (isTraditional(c)) {
                    traditional++;
                }
            }
        }
        return han > 0 && (double) traditional / han >= TRADITIONAL_SHARE ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /**
     * Whether the char is of the Han script ({@code Character.UnicodeScript.of(c) == HAN}), remembered per char
     * like {@link #isTraditional}; for any stage asking it of many chars.
     */
    public static boolean isHan(char c) {
        byte known = SCRIPT[c];
        if (known == UNKNOWN) {
            known = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? HAN : NO;
            SCRIPT[c] = known;
        }
        return known == HAN;
    }

    /**
     * Whether HanLP converts the character, remembered per character: asking the converter for every
     * character of every document cost more than the rest of normalizing. Concurrent writers store the
     * same value, so the cache needs no lock.
     */
    private static boolean isTraditional(char c) {
        byte known = TRADITIONAL[c];
        if (known == UNKNOWN) {
            known = HanLP.convertToSimplifiedChinese(String.valueOf(c)).charAt(0) != c ? YES : NO;
            TRADITIONAL[c] = known;
        }
        return known == YES;
    }

    /**
     * Converts line by line; where a phrase conversion changed a line's length, that line is
     * converted character by character instead so that offsets are kept.
     */
    private static String toSimplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            String converted = HanLP.convertToSimplifiedChinese(line);
            out.append(converted.length() == line.length() ? converted : charByChar(line));
            if (nl < 0) {
                break;
            }
            out.append('\n');
            start = nl + 1;
        }
        return out.toString();
    }

    private static String charByChar(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            String c = String.valueOf(line.charAt(i));
            String converted = HanLP.convertToSimplifiedChinese(c);
            out.append(converted.length() == 1 ? converted : c);
        }
        return out.toString();
    }

    static String halfWidth(String text) {
        if (!hasFullWidth(text)) {
            return text; // the copy below would hold the same chars
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (isFullWidth(c)) {
                chars[i] = (char) (c - 0xFEE0);
            }
        }
        return new String(chars);
    }

    private static boolean hasFullWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isFullWidth(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFullWidth(char c) {
        return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }
}
