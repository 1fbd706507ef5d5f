package org.policykg.extract.indicator;

import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;

/**
 * Reads a sign written in place of the verb: "达标小区居民垃圾分类知晓率≥90%", "PM2.5年均浓度≤35微克/立方米".
 * Target lists and tables copied into prose keep the mathematical sign (also as ≧/≦, >=, or the
 * words 大于/小于) where the sentence would say 不低于 or 不高于; the sign is the comparator and,
 * like a verb, ends the label written before it.
 */
final class InequalitySign {
    /** At least: ≥, ≧, >=, >, 大于等于, 不小于, 大于. */
    static final String AT_LEAST = "≥|≧|>=|＞=|>|＞|大于等于|不小于|(?<!不)大于";
    /** At most: ≤, ≦, <=, <, 小于等于, 不大于, 小于. */
    static final String AT_MOST = "≤|≦|<=|＜=|<|＜|小于等于|不大于|(?<!不)小于";
    static final Pattern AT_LEAST_AT_END = Pattern.compile("(" + AT_LEAST + ")\\s*$");
    static final Pattern AT_MOST_AT_END = Pattern.compile("(" + AT_MOST + ")\\s*$");
    /** What a text ends with (before blanks) when a sign ends it: elsewhere neither pattern is run. */
    static final EndChars SIGN_ENDS = EndChars.of(AT_LEAST, AT_MOST);

    private InequalitySign() {
    }

    /** The comparator a sign at the end of the text sets, or null when the text ends with no sign. */
    static Comparator at(String before) {
        if (!SIGN_ENDS.mayEndBeforeBlanks(before)) {
            return null;
        }
        if (AT_MOST_AT_END.matcher(before).find()) {
            return Comparator.LE;
        }
        return AT_LEAST_AT_END.matcher(before).find() ? Comparator.GE : null;
    }
}
