package org.policykg.structure.number;

import java.util.ArrayList;
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
        collect(WELL_FORMED, text, false, hits);
        collect(NO_CLOSE, text, true, hits);
        collect(NO_OPEN, text, true, hits);
        hits.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return hits;
    }

    private void collect(Pattern pattern, String text, boolean recovered, List<Hit> hits) {
        Matcher m = pattern.matcher(text);
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
