package org.policykg.structure.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;

/**
 * Finds 发文字号 in normalized text: a 机关代字, a year in brackets of any of the variants in use
 * (〔〕 [] ［］ （） () 【】 ﹝﹞), a serial and 号/號, with stray spaces allowed. A bracket lost in
 * conversion (中办发〔202137号) is tolerated when the year can still be told, and flagged as recovered.
 * The 机关代字 is read back from the bracket over the run of Han characters before it, also across a
 * space or two (浙政发 [2016] 12 号).
 */
public final class NumberPattern {
    private static final String OPEN = "[〔\\[［（(【﹝]";
    private static final String CLOSE = "[〕\\]］）)】﹞]";
    private static final String SP = "[\\s\\u3000]*";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NO = "[号號]";

    private static final Pattern WELL_FORMED = Pattern.compile(OPEN + SP + YEAR + SP + CLOSE + SP + "第?" + SP + "(\\d{1,5})" + SP + NO);
    /** Closing bracket lost: the serial runs straight on from the year. */
    private static final Pattern NO_CLOSE = Pattern.compile(OPEN + SP + YEAR + "(\\d{1,4})" + SP + NO);
    /** Opening bracket lost: the year runs straight on from the 机关代字. */
    private static final Pattern NO_OPEN = Pattern.compile("(?<=\\p{IsHan})" + YEAR + SP + CLOSE + SP + "(\\d{1,5})" + SP + NO);

    /** A number found in the text. */
    public record Hit(Span span, DocumentNumber number) {
    }

    private final IssuerPrefixReader prefixReader = new IssuerPrefixReader();

    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        // every match of the three patterns ends in 号 or 號: without them there is nothing to try
        if (text.indexOf('号') < 0 && text.indexOf('號') < 0) {
            return hits;
        }
        return findIn(text, runsWithNumberSign(text));
    }

    /** The numbers whose matches lie in the given regions (start and end, flattened); the whole text is one region. */
    List<Hit> findIn(String text, int[] runs) {
        List<Hit> hits = new ArrayList<>();
        collect(WELL_FORMED, text, runs, false, hits);
        collect(NO_CLOSE, text, runs, true, hits);
        collect(NO_OPEN, text, runs, true, hits);
        hits.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return hits;
    }

    /**
     * Every character a match of the three patterns consumes is a bracket, a blank, an ASCII digit, 第, 号 or
     * 號 ({@link #isNumberChar}), and every match holds a 号/號: so each match lies inside one maximal run of such
     * characters that holds a 号/號. Searching only these runs, in text order, finds the same matches in the
     * same order as searching the whole text (the look-behind of {@link #NO_OPEN} still sees the character
     * before a run: transparent bounds), without trying the patterns at every character.
     *
     * @return start and end of each such run, flattened
     */
    static int[] runsWithNumberSign(String text) {
        int[] runs = new int[8];
        int n = 0;
        int searchFrom = 0;
        while (searchFrom < text.length()) {
            int sign = nextNumberSign(text, searchFrom);
            if (sign < 0) {
                break;
            }
            int start = sign;
            while (start > searchFrom && isNumberChar(text.charAt(start - 1))) {
                start--;
            }
            int end = sign + 1;
            while (end < text.length() && isNumberChar(text.charAt(end))) {
                end++;
            }
            if (n + 2 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[n++] = start;
            runs[n++] = end;
            searchFrom = end;
        }
        return Arrays.copyOf(runs, n);
    }

    private static int nextNumberSign(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '号' || c == '號') {
                return i;
            }
        }
        return -1;
    }

    /** What {@link #OPEN}, {@link #CLOSE}, {@link #SP} ({@code \s} is ASCII without UNICODE_CHARACTER_CLASS), the year, the serial, 第 and {@link #NO} match. */
    static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000'
                || "〔[［（(【﹝〕]］）)】﹞第号號".indexOf(c) >= 0;
    }

    private void collect(Pattern pattern, String text, int[] runs, boolean recovered, List<Hit> hits) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        for (int r = 0; r < runs.length; r += 2) {
            m.region(runs[r], runs[r + 1]);
            collectIn(m, text, recovered, hits);
        }
    }

    private void collectIn(Matcher m, String text, boolean recovered, List<Hit> hits) {
        while (m.find()) {
            IssuerPrefixReader.Prefix prefix = prefixReader.before(text, m.start());
            if (prefix.code().isEmpty() || overlaps(hits, m.start())) {
                continue;
            }
            int serial = Integer.parseInt(m.group(2));
            DocumentNumber number = new DocumentNumber(prefix.code(), Integer.parseInt(m.group(1)), serial, recovered);
            hits.add(new Hit(new Span(prefix.start(), m.end()), number));
        }
    }

    private static boolean overlaps(List<Hit> hits, int offset) {
        return hits.stream().anyMatch(h -> h.span().contains(offset));
    }
}
