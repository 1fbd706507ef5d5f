package org.policykg.extract.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.extract.pattern.StartChars;

/**
 * Decides which year a target is set for: the year stated before the value in its sentence
 * (到2017年, 2018年底前), else the nearest 到20XX年 earlier in the paragraph, else the document's
 * target year. Years that name a baseline (比2015年, 较2005年) or sit in brackets are not target years.
 */
final class YearResolver {
    static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    /** The character every match of {@link #YEAR} starts with (it has no anchor or look-around, as StartChars needs). */
    static final StartChars YEAR_FIRSTS = StartChars.of("2");
    static final Pattern TO_YEAR = Pattern.compile("[到至]\\s*(20\\d{2})\\s*年");
    /** The characters a match of {@link #TO_YEAR} can start with (no anchor or look-around either). */
    static final StartChars TO_YEAR_FIRSTS = StartChars.of("到至");
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
        for (int from = 0; YEAR_FIRSTS.find(m, sentence, from, sentence.length()) && m.start() < offset; from = m.end()) {
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
        int first = TO_YEAR_FIRSTS.next(text, from, to);
        if (first < 0) {
            return null; // no 到 or 至, no match: no matcher to make
        }
        Integer found = null;
        Matcher m = TO_YEAR.matcher(text);
        for (int at = first; TO_YEAR_FIRSTS.find(m, text, at, to); at = m.end()) {
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

    private static Integer mostFrequent(Matcher m, StartChars firsts, String text, boolean skipDates) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher date = DATE.matcher(text);
        for (int from = 0; firsts.find(m, text, from, text.length()); from = m.end()) {
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
