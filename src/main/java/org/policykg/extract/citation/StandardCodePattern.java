package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;

/**
 * Finds technical standard codes: national (GB, GB/T, GBZ), sector (HJ, CJJ, JGJ, SL, DL, NY …) and
 * local (DB32/T 1234, DB44/26) series, a number and the year, written with or without spaces (GB 3095-2012).
 * The code is reported without spaces (GB3095-2012).
 */
public final class StandardCodePattern {
    /** The series' first letters: where a match can start (the pattern's look-ahead). */
    static final String SERIES_STARTS = "CDGHJLNQSTWY";
    static final Pattern CODE = Pattern.compile(
            "(?=[" + SERIES_STARTS + "])(?<![A-Za-z])(GBZ|GB|HJ|DB\\d{2}|CJJ|CJ|JGJ|SL|DL|NY|LY|HG|JT|GA|QC|SH|YY|WS|TSG)"
                    + "[\\s\\u3000]*(/[\\s\\u3000]*[TZ]|/)?[\\s\\u3000]*(\\d{1,6}(?:\\.\\d{1,3})?)"
                    + "[\\s\\u3000]*[-—–－][\\s\\u3000]*((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]");

    /** A standard code found; {@code code} is canonical (no spaces, ASCII hyphen). */
    public record Hit(Span span, String code) {
    }

    private static int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'C' && c <= 'Y' && SERIES_STARTS.indexOf(c) >= 0) { // Han text fails the first test
                return i;
            }
        }
        return -1;
    }

    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        // find() would try the look-ahead at every character; a match can only start at one of SERIES_STARTS,
        // so lookingAt() there, from left to right and on from each match's end, finds the same matches
        Matcher m = CODE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = nextStart(text, 0); i >= 0; i = nextStart(text, i)) {
            if (!m.region(i, text.length()).lookingAt()) {
                i++;
                continue;
            }
            i = m.end();
            String series = m.group(1) + (m.group(2) == null ? "" : SPACE.matcher(m.group(2)).replaceAll(""));
            hits.add(new Hit(new Span(m.start(), m.end()), series + m.group(3) + "-" + m.group(4)));
        }
        return hits;
    }
}
