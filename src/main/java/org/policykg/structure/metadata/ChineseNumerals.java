package org.policykg.structure.metadata;

/** Values of numbers in dates: Arabic, digit-by-digit 二〇一八, or 十-style 十六 / 二十三. */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static int value(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        s = s.replace('○', '〇').replace('零', '〇');
        int ten = s.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new NumberFormatException("not a numeral: " + c);
        }
        return d;
    }
}
