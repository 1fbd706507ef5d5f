package org.policykg.extract.citation;

import java.util.regex.Pattern;

import org.policykg.normalize.TextNormalizer;

/**
 * The one identity rule of a cited regulation, used by extraction (is this the same document?), by IRI
 * minting and by both stores' merge of regulations: two citations are one regulation when their
 * number keys or, without numbers, their title keys are equal.
 * <ul>
 * <li>Number key: the 发文字号 in any script, bracket or spacing, with or without 号
 * (苏政办发〔2017〕115号 = 苏政办發[2017]115號 → {@code 苏政办发-2017-115}); a standard's code as written.</li>
 * <li>Title key: Simplified script, letters and digits only, lower case, and a plan period written in any
 * of its ways the same ((2014-2030年) = (2014-2030) = (2014年—2030年) = (2014～2030年) → {@code 20142030年}).</li>
 * </ul>
 */
public final class RegulationKey {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern BRACKET = Pattern.compile("[〔〕\\[\\]［］()（）【】﹝﹞]");
    private static final Pattern NUMBER_SIGN = Pattern.compile("[号號]$");
    private static final Pattern DASHES = Pattern.compile("-+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");
    /** A period of years: 2014-2030年, 2014年—2030年, 2014～2030, 2014至2030年 (not a code like GB3095-2012). */
    static final Pattern PERIOD = Pattern.compile(
            "(?<![A-Za-z0-9])((?:19|20)\\d{2})年?\\s*[-—–－～~至到]\\s*((?:19|20)\\d{2})(?!\\d)年?");
    /** One year in brackets: (2018年) = (2018). */
    static final Pattern BRACKETED_YEAR = Pattern.compile("([(（〔\\[【])\\s*((?:19|20)\\d{2})\\s*年?\\s*(?=[)）〕\\]】])");
    /** What a title key drops; {@link #lettersAndDigits} applies it (the test holds the two to each other). */
    static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final String STATE_NAME = "中华人民共和国";

    private RegulationKey() {
    }

    /** 苏政办发〔2017〕115号 → 苏政办发-2017-115; a standard code such as GB13223-2011 stays as it is. */
    public static String number(String number) {
        String simplified = SPACE.matcher(TextNormalizer.simplified(number)).replaceAll("");
        String key = BRACKET.matcher(simplified).replaceAll("-");
        key = NUMBER_SIGN.matcher(key).replaceAll("");
        key = DASHES.matcher(key).replaceAll("-");
        return EDGE_DASH.matcher(key).replaceAll("");
    }

    /** A title as the same regulation's key in any script, punctuation and way of writing its period. */
    public static String title(String title) {
        if (title == null) {
            return "";
        }
        String t = TextNormalizer.simplified(title);
        // both year patterns need a year of ASCII digits ((?:19|20)\d{2}): without a digit they cannot change t
        if (hasAsciiDigit(t)) {
            t = PERIOD.matcher(t).replaceAll("$1-$2年");
            t = BRACKETED_YEAR.matcher(t).replaceAll("$1$2年");
        }
        return lettersAndDigits(t).toLowerCase();
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("")} leaves, without a matcher: the regex drops
     * every code point outside {@code \p{L}} and {@code \p{N}}, which are exactly these Unicode categories.
     */
    static String lettersAndDigits(String s) {
        int i = 0;
        while (i < s.length() && isLetterOrNumber(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder kept = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return kept.toString();
    }

    private static boolean isLetterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * A title key without its leading 中华人民共和国: within one document a national law is cited by its full
     * name once and by its short name after (《中华人民共和国大气污染防治法》 … 《大气污染防治法》), and both are one law.
     */
    public static String withoutStateName(String key) {
        return key.startsWith(STATE_NAME) && key.length() > STATE_NAME.length() + 1 ? key.substring(STATE_NAME.length()) : key;
    }
}
