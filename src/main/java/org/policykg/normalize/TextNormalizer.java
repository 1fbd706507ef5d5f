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
    /**
     * What is known of each char, as the bits below (0: nothing yet): UnicodeScript.of searches a table,
     * and asking the converter for every character of every document cost more than the rest of
     * normalizing. One table, so that counting a char for the script takes one read. Concurrent writers
     * each store only true facts, so the cache needs no lock: a lost write is worked out again.
     */
    private static final byte[] KNOWN = new byte[Character.MAX_VALUE + 1];
    private static final int SCRIPT_KNOWN = 1;
    private static final int HAN = 2;
    /** Whether the char is Han and whether HanLP converts it are both known. */
    private static final int COUNTED = 4;
    /** A Han char that HanLP converts (set only with {@link #HAN}). */
    private static final int TRADITIONAL = 8;

    public NormalizedText normalize(String original) {
        Script script = detectScript(original);
        String simplified = script == Script.TRADITIONAL ? toSimplified(original) : original;
        return new NormalizedText(original, halfWidth(simplified), script);
    }

    /** Simplified form of a short string, e.g. a label; length may differ for whole phrases. */
    public static String simplified(String text) {
        return toSimplified(text);
    }

    /**
     * Traditional when at least 2 % of the Han chars are ones HanLP converts. Once the Traditional chars
     * seen make 2 % of the whole text's length the answer is Traditional whatever follows: the final share
     * divides at least as many Traditional chars by at most that many Han chars, and a correctly rounded
     * division is monotone, so the share computed at the end is no smaller.
     */
    static Script detectScript(String text) {
        int n = text.length();
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < n; i++) {
            int known = counted(text.charAt(i));
            han += (known & HAN) >> 1;
            if ((known & TRADITIONAL) != 0 && (double) ++traditional / n >= TRADITIONAL_SHARE) {
                return Script.TRADITIONAL;
            }
        }
        return han > 0 && (double) traditional / han >= TRADITIONAL_SHARE ? Script.TRADITIONAL : Script.SIMPLIFIED;
    }

    /**
     * Whether the char is of the Han script ({@code Character.UnicodeScript.of(c) == HAN}), remembered per char;
     * for any stage asking it of many chars.
     */
    public static boolean isHan(char c) {
        int known = KNOWN[c];
        if ((known & SCRIPT_KNOWN) == 0) {
            known |= SCRIPT_KNOWN | (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? HAN : 0);
            KNOWN[c] = (byte) known;
        }
        return (known & HAN) != 0;
    }

    /** The char's bits with {@link #HAN} and {@link #TRADITIONAL} known: the converter is asked of Han chars only. */
    private static int counted(char c) {
        int known = KNOWN[c];
        if ((known & COUNTED) == 0) {
            boolean han = isHan(c);
            boolean converted = han && HanLP.convertToSimplifiedChinese(String.valueOf(c)).charAt(0) != c;
            known = SCRIPT_KNOWN | COUNTED | (han ? HAN : 0) | (converted ? TRADITIONAL : 0);
            KNOWN[c] = (byte) known;
        }
        return known;
    }

    /**
     * Converts line by line; where a phrase conversion changed a line's length, that line is
     * converted character by character instead so that offsets are kept. The converter is called once
     * for the whole text: its dictionary holds no key or value with a line break (HanLP reads it line by
     * line), so every match lies within one line and its longest-match walk copies each '\n' and goes on at
     * the next line's start, as converting that line alone would; the converted text's lines are the lines
     * converted one by one.
     */
    private static String toSimplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        return converted.length() == text.length() && sameLineBreaks(text, converted) ? converted : lineByLine(text, converted);
    }

    /** Whether every line of the two texts (with as many lines) is as long in both. */
    private static boolean sameLineBreaks(String text, String converted) {
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (converted.charAt(nl) != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Each line's conversion where it kept the line's length, else the line converted char by char. */
    private static String lineByLine(String text, String converted) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int convertedStart = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int convertedNl = converted.indexOf('\n', convertedStart);
            int convertedEnd = convertedNl < 0 ? converted.length() : convertedNl;
            if (convertedEnd - convertedStart == end - start) {
                out.append(converted, convertedStart, convertedEnd);
            } else {
                out.append(charByChar(text.substring(start, end)));
            }
            if (nl < 0) {
                return out.toString();
            }
            out.append('\n');
            start = nl + 1;
            convertedStart = convertedNl + 1;
        }
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
