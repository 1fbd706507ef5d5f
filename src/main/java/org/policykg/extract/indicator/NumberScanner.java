package org.policykg.extract.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a clause with their units and ranges (40%-45%, 3-5条). Numbers that are part
 * of a code or name (PM2.5, GB3095, 1#机组, 中国制造2025) are not numbers of the plan and are skipped.
 */
final class NumberScanner {
    static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    static final Pattern RANGE_TAIL = Pattern.compile("\\s*[-—~～－–至到]\\s*(\\d+(?:\\.\\d+)?)");

    /** What RANGE_TAIL's {@code \s} matches (ASCII) and its signs. */
    private static final String BLANKS = " \t\n\u000B\f\r";
    private static final String RANGE_SIGNS = "-—~～－–至到";

    private NumberScanner() {
    }

    static List<NumberMention> scan(String clause) {
        List<NumberMention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(clause);
        int from = 0;
        while (from < clause.length() && next(m, clause, from)) {
            NumberMention mention = readAt(clause, m);
            from = mention == null ? m.end() : mention.end();
            if (mention != null) {
                out.add(mention);
            }
        }
        return out;
    }

    /**
     * {@code m.find(from)} without trying the regex at every character: a match of {@link #NUMBER} starts with
     * an ASCII digit ({@code \d} without UNICODE_CHARACTER_CLASS) and there is one wherever one stands, so
     * find's match is the one at the first digit from {@code from} on, which is what lookingAt() in the region
     * from there gives (NUMBER has no anchor or look-around).
     */
    static boolean next(Matcher m, String clause, int from) {
        for (int i = from; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c >= '0' && c <= '9') {
                return m.region(i, clause.length()).lookingAt();
            }
        }
        return false;
    }

    private static NumberMention readAt(String clause, Matcher m) {
        if (partOfCode(clause, m.start(), m.end())) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group());
        UnitReader.Unit unit = UnitReader.read(clause, m.end());
        int end = unit == null ? m.end() : UnitReader.end(clause, m.end(), unit);
        Matcher range = rangeSignAt(clause, end) ? RANGE_TAIL.matcher(clause).region(end, clause.length()) : null;
        if (range != null && range.lookingAt() && !partOfCode(clause, range.start(1), range.end(1))) {
            UnitReader.Unit upperUnit = UnitReader.read(clause, range.end());
            if (unit == null || upperUnit == null || upperUnit.equals(unit)) {
                int rangeEnd = upperUnit == null ? range.end() : UnitReader.end(clause, range.end(), upperUnit);
                return new NumberMention(value, new BigDecimal(range.group(1)), unit != null ? unit : upperUnit,
                        m.start(), rangeEnd, clause.substring(m.start(), rangeEnd));
            }
        }
        return new NumberMention(value, null, unit, m.start(), end, m.group());
    }

    /**
     * False only where RANGE_TAIL cannot match from {@code at}: it reads blanks and then a range sign, which is
     * no blank, so the first character after the blanks must be one.
     */
    static boolean rangeSignAt(String clause, int at) {
        int i = at;
        while (i < clause.length() && BLANKS.indexOf(clause.charAt(i)) >= 0) {
            i++;
        }
        return i < clause.length() && RANGE_SIGNS.indexOf(clause.charAt(i)) >= 0;
    }

    /** Letters, # or . glued to the number mean a code, a model or a version, not a quantity. */
    private static boolean partOfCode(String s, int start, int end) {
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = end < s.length() ? s.charAt(end) : ' ';
        return isAsciiLetter(before) || before == '.' || before == '#' || after == '#'
                || (isAsciiLetter(after) && UnitReader.read(s, end) == null);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
