package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The clause that closes a plan's opening purpose sentence and names the plan itself:
 * 为切实改善空气质量,根据《A》,结合我区实际,特制定《某区大气污染防治工作方案》。 The title after 特制定 /
 * 现制定 / 制定如下, or after 制定 ending a sentence that opens with 为/根据/按照, is the document's own.
 * A 制定《X》 inside a task (2017年制定《某县土壤污染详查总体方案》,开展…) plans another document and
 * stays a citation.
 */
final class DrawnUpHereClause implements OwnTitleClue {
    /** The last characters of MARKED's and PLAIN's words, and the line terminators {@code $} may stand before. */
    static final String VERB_ENDS = "定订制了下本\u0085\u2028\u2029";
    static final Pattern MARKED = Pattern.compile("(?:特|现|故|为此|据此)(?:研究)?(?:制定|制订|编制)了?(?:如下|本)?[\\s\\u3000]*$");
    static final Pattern PLAIN = Pattern.compile("(?:制定|制订|编制)了?(?:本)?[\\s\\u3000]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("^[\\s\\u3000]*(?:如下)?[\\s\\u3000]*(?:[。:：.]|$)");
    private static final Pattern PURPOSE_OPENING = Pattern.compile("^[\\s\\u3000]*(?:[一二三四五六七八九十]+、|\\d+[.、])?[\\s\\u3000]*(?:为了?|根据|按照|依据|依照|贯彻|为深入|为进一步)");

    /**
     * Whether {@link #MARKED} or {@link #PLAIN} may match {@code t.substring(from, to)}: both end with a verb of
     * drawing up (定/订/制), 了, 如下 or 本, then blanks and {@code $}, which also stands before a final line
     * terminator. So the last character that is no blank is one of those, or a line terminator that is no
     * blank (\u0085, \u2028, \u2029); any other, or none, and neither matches.
     */
    static boolean mayEndBefore(String t, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = t.charAt(i);
            if (!(c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000')) {
                return VERB_ENDS.indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** The titles a purpose sentence names as the plan it introduces. */
    @Override
    public List<String> ownTitles(String t, List<TitlePattern.Hit> titles) {
        List<String> own = new ArrayList<>();
        for (TitlePattern.Hit h : titles) {
            int sentence = Sentences.start(t, h.span().start());
            if (!mayEndBefore(t, Math.max(sentence, h.span().start() - 12), h.span().start())) {
                continue; // neither MARKED nor PLAIN can match what stands before the title
            }
            String before = t.substring(Math.max(sentence, h.span().start() - 12), h.span().start());
            String after = t.substring(h.span().end(), Math.min(t.length(), h.span().end() + 6));
            boolean marked = MARKED.matcher(before).find();
            boolean closesPurpose = PLAIN.matcher(before).find() && SENTENCE_END.matcher(after).find()
                    && PURPOSE_OPENING.matcher(t.substring(sentence, h.span().start())).find();
            if (marked || closesPurpose) {
                own.add(h.title());
            }
        }
        return own;
    }
}
