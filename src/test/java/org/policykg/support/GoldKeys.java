package org.policykg.support;

import java.util.regex.Pattern;

import org.policykg.normalize.TextNormalizer;

/** Texts and body names reduced as the shared score.py reduces them before comparing gold with predictions. */
public final class GoldKeys {
    private static final Pattern PUNCT = Pattern.compile("[\\s《》<>〈〉“”\"'‘’「」『』()（）〔〕\\[\\]【】、，,。.:：;；·—\\-_/]+");
    private static final Pattern PLACE_PREFIX = Pattern.compile("^[\\u4e00-\\u9fff]{0,4}?(省|市|区|县|镇)$");

    private GoldKeys() {
    }

    /** Simplified characters, no punctuation or spaces, lower case; null reads as empty. */
    public static String text(String s) {
        return s == null ? "" : PUNCT.matcher(TextNormalizer.simplified(s)).replaceAll("").toLowerCase();
    }

    /**
     * Two keys of one body, the one perhaps with a place qualifier the other's text left implicit
     * (南通市环保局 and 环保局).
     */
    public static boolean sameBody(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return shorter.length() >= 2 && longer.endsWith(shorter)
                && PLACE_PREFIX.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }
}
