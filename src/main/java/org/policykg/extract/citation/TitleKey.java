package org.policykg.extract.citation;

import java.util.regex.Pattern;

/**
 * A title reduced to what identifies it, so that spellings of one document compare equal:
 * no whitespace, quotation marks or brackets, and a period's 年 dropped ((2014-2030年) = (2014-2030)).
 */
public final class TitleKey {
    private static final Pattern PERIOD_YEAR = Pattern.compile("(\\d{4})年(?=[)）〕\\]】])");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000《》<>〈〉“”\"'‘’「」『』()（）〔〕\\[\\]【】、，,。.:：;；·—\\-_/~～]+");

    private static final String STATE_NAME = "中华人民共和国";

    private TitleKey() {
    }

    /**
     * The key without a leading 中华人民共和国: a national law is cited by its full name once and by its
     * short name after (《中华人民共和国大气污染防治法》 … 《大气污染防治法》), and both are one law.
     */
    public static String withoutStateName(String title) {
        String key = of(title);
        return key.startsWith(STATE_NAME) && key.length() > STATE_NAME.length() + 1 ? key.substring(STATE_NAME.length()) : key;
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        String t = PERIOD_YEAR.matcher(title).replaceAll("$1");
        return NOISE.matcher(t).replaceAll("").toLowerCase();
    }
}
