package org.policykg.extract.citation;

import java.util.regex.Pattern;

/**
 * A title reduced to what identifies it, so that spellings of one document compare equal:
 * no whitespace, quotation marks or brackets, and a period's 年 dropped ((2014-2030年) = (2014-2030)).
 */
public final class TitleKey {
    private static final Pattern PERIOD_YEAR = Pattern.compile("(\\d{4})年(?=[)）〕\\]】])");
    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000《》<>〈〉“”\"'‘’「」『』()（）〔〕\\[\\]【】、，,。.:：;；·—\\-_/~～]+");

    private TitleKey() {
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        String t = PERIOD_YEAR.matcher(title).replaceAll("$1");
        return NOISE.matcher(t).replaceAll("").toLowerCase();
    }
}
