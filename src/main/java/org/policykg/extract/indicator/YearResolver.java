package org.policykg.extract.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which year a target is set for: the year stated before the value in its sentence
 * (到2017年, 2018年底前), else the nearest 到20XX年 earlier in the paragraph, else the document's
 * target year. Years that name a baseline (比2015年, 较2005年) or sit in brackets are not target years.
 */
final class YearResolver {
    static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    /** The character every match of {@link #YEAR} starts with. */
    private static final String YEAR_FIRSTS = "2";
    static final Pattern TO_YEAR = Pattern.compile("[到至]\\s*(20\\d{2})\\s*年");
    /** The characters a match of {@link #TO_YEAR} can start with. */
    private static final String TO_YEAR_FIRSTS = "到至";
    private static final Pattern DATE = Pattern.compile("(20\\d{2})\\s*年\\s*\\d{1,2}\\s*月");

    private YearResolver() {
    }

    /** The year stated for a value at {@code offset} of the sentence, or null. */
    static Integer statedBefore(String sentence, int offset) {
        Integer found = null;
        int first = sentence.indexOf("20");
        if (first < 0 || first >= offset) { // every match starts with 20, and a match before the value is wanted
            return found;
        }
        Matcher m = YEAR.matcher(sentence);
        for (int from = 0; next(m, YEAR_FIRSTS, sentence, from, sentence.length()) && m.start() < offset; from = m.end()) {
            if (!isBaseline(sentence, m.start()) && !inBrackets(sentence, m.start())) {
                found = Integer.valueOf(m.group(1));
            }
        }
        return found;
    }

    /** The last 到20XX年 of a paragraph's text before the sentence, or null. */
    static Integer lastToYear(String paragraphBefore) {
        return lastToYear(paragraphBefore, 0, paragraphBefore.length());
    }

    /** The same for {@code text.substring(from, to)}: TO_YEAR has no anchor or look-around to see past the region. */
    static Integer lastToYear(String text, int from, int to) {
        Integer found = null;
        int first = firstOf(TO_YEAR_FIRSTS, text, from, to);
        if (first < 0) { // no match can start in the region: no matcher is made
            return found;
        }
        Matcher m = TO_YEAR.matcher(text);
        for (int at = first; next(m, TO_YEAR_FIRSTS, text, at, to); at = m.end()) {
            found = Integer.valueOf(m.group(1));
        }
        return found;
    }

    /**
     * The document's target year when the caller does not know it: the year most often aimed at
     * with 到20XX年, else the year most often named (dates of issue left out), later year on a tie.
     */
    static Integer guessDocumentYear(String text) {
        Integer to = mostFrequent(TO_YEAR.matcher(text), TO_YEAR_FIRSTS, text, false);
        return to != null ? to : mostFrequent(YEAR.matcher(text), YEAR_FIRSTS, text, true);
    }

    private static Integer mostFrequent(Matcher m, String firsts, String text, boolean skipDates) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher date = DATE.matcher(text);
        for (int from = 0; next(m, firsts, text, from, text.length()); from = m.end()) {
            boolean isDate = skipDates && date.region(m.start(1), text.length()).lookingAt();
            boolean docNumber = m.start() > 0 && "〔[(（".indexOf(text.charAt(m.start(1) - 1)) >= 0;
            if (!isDate && !docNumber) {
                counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * {@code find()} on {@code text} in the region {@code [from, to)} for {@link #YEAR} or {@link #TO_YEAR}, with
     * {@code firsts} the characters each of their matches starts with: the regex is tried only where one of
     * them stands. Neither pattern has an anchor or a look-around, so lookingAt() in the region from there
     * is find()'s attempt at that position, and a position without one of them is an attempt that fails;
     * callers go on from each match's end, as find() does.
     */
    static boolean next(Matcher m, String firsts, String text, int from, int to) {
        for (int i = firstOf(firsts, text, from, to); i >= 0; i = firstOf(firsts, text, i + 1, to)) {
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The first offset in {@code [from, to)} where one of {@code firsts} stands, or -1. */
    private static int firstOf(String firsts, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (firsts.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBaseline(String s, int yearStart) {
        String before = s.substring(Math.max(0, yearStart - 2), yearStart);
        return before.endsWith("比") || before.endsWith("较") || before.endsWith("由") || before.endsWith("从")
                || before.endsWith("与") || before.endsWith("同");
    }

    private static boolean inBrackets(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（' || c == '《' || c == '〔') {
                depth++;
            } else if ((c == ')' || c == '）' || c == '》' || c == '〕') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
