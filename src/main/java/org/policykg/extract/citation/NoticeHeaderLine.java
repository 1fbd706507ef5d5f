package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice's own title line that a page copy ran into the text after it:
 * 某市人民政府办公室关于印发《某市河长制工作方案》的通知 某政办发〔2018〕42号 各区县人民政府:…
 * A line that opens with (an issuer and) 关于印发《X》的通知 and goes on without a bracketed number or a
 * citing word is the document's heading, so X is its own. The same words inside a sentence
 * (根据省政府关于印发《X》的通知(某政发〔2016〕12号)精神) cite another notice and are not matched.
 */
final class NoticeHeaderLine implements OwnTitleClue {
    static final Pattern HEADER = Pattern.compile(
            "(?m)^[\\s\\u3000]*([^\\s\\u3000，,。；;:：《》()（）]{0,30}?)关于[\\s\\u3000]*(?:印发|转发|下发|发布|颁布)[\\s\\u3000]*"
                    + "((?:《[^《》\\n]{2,120}》[\\s\\u3000]*[、和及与]?[\\s\\u3000]*)+)的?[\\s\\u3000]*(?:通知|决定)(?=[\\s\\u3000]|$)");
    /** HEADER's verbs after 关于 (all of two characters, none a prefix of another). */
    private static final List<String> HAND_OUT_VERBS = List.of("印发", "转发", "下发", "发布", "颁布");
    private static final Pattern LEAD_IN = Pattern.compile("根据|按照|依据|依照|贯彻|落实|执行|参照|对照|遵照|结合|为");
    private static final Pattern INNER = Pattern.compile("《([^《》]+)》");

    /** Longest run of {@link #HEADER}'s first group, between a line's leading blanks and 关于. */
    private static final int MAX_ISSUER = 30;

    /**
     * The first offset from {@code from} where {@link #HEADER} can start: a line start (its {@code ^}) whose
     * leading blanks ({@code [\\s\\u3000]*}) are followed by 关于 within {@link #MAX_ISSUER} characters
     * (the first group takes no blank, so it starts right after them), and that 关于 by a verb of handing out and a
     * 《 ({@link #handsOutTitle}): one of {@code abouts}, from {@link #handingOutAbouts}; -1 when none is left.
     * A line start after the last of them has none at or after its blanks, so the search ends there.
     */
    static int nextStart(String t, int from, int[] abouts) {
        int last = abouts.length == 0 ? -1 : abouts[abouts.length - 1];
        for (int i = from; i <= last; i++) {
            if ((i == 0 || isLineTerminator(t.charAt(i - 1))) && aboutNear(t, i, abouts)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where 关于 stands followed as {@link #HEADER} needs ({@link #handsOutTitle}), in order: every match holds
     * one, so a text without any has no heading. Found by String's search instead of a comparison at every
     * offset of every line's first {@link #MAX_ISSUER} characters.
     */
    static int[] handingOutAbouts(String t) {
        int[] out = new int[0];
        for (int k = t.indexOf("关于"); k >= 0; k = t.indexOf("关于", k + 1)) {
            if (handsOutTitle(t, k + 2)) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = k;
            }
        }
        return out;
    }

    /** Whether one of {@code abouts} (in order) lies within {@link #MAX_ISSUER} characters after the line's blanks. */
    private static boolean aboutNear(String t, int lineStart, int[] abouts) {
        int q = skipBlanks(t, lineStart);
        for (int k : abouts) {
            if (k >= q) {
                return k <= q + MAX_ISSUER; // the first at or after q decides: the later ones lie further on
            }
        }
        return false;
    }

    /**
     * What {@link #HEADER} reads right after its 关于: blanks, a verb of handing out, blanks and the 《 of the
     * first title. A 关于 not so followed opens no match (关于加强…的意见), so the regex need not be tried there.
     */
    private static boolean handsOutTitle(String t, int afterAbout) {
        int v = skipBlanks(t, afterAbout);
        for (String verb : HAND_OUT_VERBS) {
            if (t.startsWith(verb, v)) {
                int title = skipBlanks(t, v + verb.length());
                return title < t.length() && t.charAt(title) == '《';
            }
        }
        return false;
    }

    private static int skipBlanks(String t, int from) {
        int i = from;
        while (i < t.length() && isBlank(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code [\\s\\u3000]}: ASCII blanks (no UNICODE_CHARACTER_CLASS) and the ideographic space. */
    private static boolean isBlank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000';
    }

    /** What {@code ^} (MULTILINE) may follow. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** What {@code HEADER.matcher(t).results()} gives, trying the pattern only where {@link #nextStart} allows. */
    static List<MatchResult> headings(String t) {
        List<MatchResult> found = new ArrayList<>();
        int[] abouts = handingOutAbouts(t);
        if (abouts.length == 0) {
            return found;
        }
        Matcher m = HEADER.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = nextStart(t, 0, abouts); from >= 0; from = nextStart(t, from + 1, abouts)) {
            // the leftmost match from here on, as find() would have it: no earlier line start can open one
            if (m.region(from, t.length()).lookingAt()) {
                found.add(m.toMatchResult());
                from = m.end() - 1;
            }
        }
        return found;
    }

    /** The titles a notice heading in the text carries. */
    @Override
    public List<String> ownTitles(String t, List<TitlePattern.Hit> titles) {
        List<String> own = new ArrayList<>();
        for (MatchResult m : headings(t)) {
            if (LEAD_IN.matcher(m.group(1)).find()) {
                continue;
            }
            Matcher inner = INNER.matcher(m.group(2));
            while (inner.find()) {
                own.add(inner.group(1).strip());
            }
        }
        return own;
    }
}
