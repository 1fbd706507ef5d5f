package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.extract.pattern.StartChars;

/**
 * The sentence of a notice that hands its content out: 现将《X》印发给你们, 《X》已经市政府同意,现印发给你们,
 * 县制定了《X》,现予印发, 现印发《X》,请遵照执行. X is the document itself, wherever the sentence stands: a page copy without
 * its title line learns its own title only here. Several titles handed out together (现将《A》和《B》
 * 印发给你们) are all the document's own. A title cited earlier in the same sentence (根据《A》要求,
 * 制定了本方案,现印发给你们) is not handed out: between the title and 现 only a number, an approval
 * (已经…同意/通过) or a comma may stand.
 */
final class IssuedHereSentence implements OwnTitleClue {
    private static final Pattern HAND_OUT = Pattern.compile("(?:予以|予)?(?:印发|转发|下发|发布|公布|颁布|发给|发至|发到)");
    static final Pattern NOW_HAND_OUT = Pattern.compile("现(?:予以|予)?(?:印发|转发|下发|发布|公布|颁布)");
    /** Every match of {@link #NOW_HAND_OUT} starts with 现. */
    private static final StartChars NOW_STARTS = StartChars.of("现");
    /** What may stand between the title handed out and the 现 that hands it out. */
    private static final Pattern APPROVAL_GAP = Pattern.compile(
            "[\\s\\u3000]*(?:[(（〔\\[【][^)）〕\\]】]{0,30}[)）〕\\]】])?[\\s\\u3000]*"
                    + "(?:[,，]?[\\s\\u3000]*(?:已经|已|经)[^。《》,，]{0,40}?(?:同意|通过|审定|批准|审议|研究)[^。《》]{0,6}?)?[,，]?[\\s\\u3000]*");
    /** Titles handed out together are joined by nothing but these. */
    private static final Pattern JOINER = Pattern.compile("[\\s\\u3000]*[、和及与,，]?[\\s\\u3000]*");
    private static final String NOW_TAKE = "现将";
    /** Before the first title handed out: who issued it or that it was revised (现将省政府修订后的《X》). */
    private static final Pattern BEFORE_HANDED = Pattern.compile("[^《》，,。；;]{0,16}");
    private static final Pattern CARRY_OUT = Pattern.compile("贯彻|落实|执行|实施|学习|宣传|关于");
    /** After the last title handed out: its number, 等N个文件. */
    private static final Pattern AFTER_HANDED = Pattern.compile(
            "[\\s\\u3000]*(?:[(（〔\\[【][^)）〕\\]】]{0,30}[)）〕\\]】])?[\\s\\u3000]*(?:等[^。，,《》]{0,8})?[\\s\\u3000]*");

    /**
     * Whether 现将 … verb hands out exactly these titles: 现将贯彻落实《A》的工作方案印发给你们 hands out a plan
     * about A, not A.
     */
    private static boolean handsOut(String t, int from, List<TitlePattern.Hit> handed, int verbAt) {
        String before = t.substring(from, handed.get(0).span().start());
        if (!BEFORE_HANDED.matcher(before).matches() || CARRY_OUT.matcher(before).find()) {
            return false;
        }
        for (int k = 1; k < handed.size(); k++) {
            String between = t.substring(handed.get(k - 1).span().end(), handed.get(k).span().start());
            if (!JOINER.matcher(between).matches() && !AFTER_HANDED.matcher(between.replaceFirst("[、和及与,，][\\s\\u3000]*$", "")).matches()) {
                return false;
            }
        }
        return AFTER_HANDED.matcher(t.substring(handed.get(handed.size() - 1).span().end(), verbAt)).matches();
    }

    /** What {@code NOW_HAND_OUT.matcher(t).results()} gives, trying the pattern only at a 现. */
    static List<MatchResult> nowHandOuts(String t) {
        List<MatchResult> found = new ArrayList<>();
        if (t.indexOf('现') < 0) {
            return found; // every match starts with 现: no matcher is needed without one
        }
        Matcher now = NOW_HAND_OUT.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; NOW_STARTS.find(now, t, from, t.length()); from = now.end()) {
            found.add(now.toMatchResult());
        }
        return found;
    }

    /** The titles the text hands out as its own content. */
    @Override
    public List<String> ownTitles(String t, List<TitlePattern.Hit> titles) {
        List<String> own = new ArrayList<>();
        for (int i = t.indexOf(NOW_TAKE); i >= 0; i = t.indexOf(NOW_TAKE, i + 1)) {
            int from = i + NOW_TAKE.length();
            Matcher verb = HAND_OUT.matcher(t).region(from, Sentences.end(t, i));
            int verbAt = verb.find() ? verb.start() : -1;
            List<TitlePattern.Hit> handed = titles.stream()
                    .filter(h -> h.span().start() >= from && h.span().end() <= verbAt).toList();
            if (!handed.isEmpty() && handsOut(t, from, handed, verbAt)) {
                handed.forEach(h -> own.add(h.title()));
            }
        }
        for (MatchResult now : nowHandOuts(t)) {
            int after = now.end();
            for (TitlePattern.Hit h : titles) {
                if (h.span().start() >= after && BlankGap.isBlank(t, after, h.span().start())) {
                    own.add(h.title());
                    break;
                }
            }
            int sentence = Sentences.start(t, now.start());
            int last = -1;
            for (int k = titles.size() - 1; k >= 0; k--) {
                TitlePattern.Hit h = titles.get(k);
                if (h.span().end() <= now.start() && h.span().start() >= sentence) {
                    last = k;
                    break;
                }
            }
            if (last < 0 || !APPROVAL_GAP.matcher(t.substring(titles.get(last).span().end(), now.start())).matches()) {
                continue;
            }
            own.add(titles.get(last).title());
            for (int k = last - 1; k >= 0 && titles.get(k).span().start() >= sentence
                    && JOINER.matcher(t.substring(titles.get(k).span().end(), titles.get(k + 1).span().start())).matches(); k--) {
                own.add(titles.get(k).title());
            }
        }
        return own;
    }
}
