package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.structure.LiteralAlternation;

/**
 * Phrases with which a document speaks of itself by its full title, often in its closing lines:
 * 本《某市扬尘污染防治管理办法》由市住建局负责解释, 《某市扬尘污染防治管理办法》自印发之日起施行, and the
 * attachment a notice carries (附件:1.《某市河长制工作方案》). A page copy that has lost its title line
 * may name itself only there.
 */
final class ThisDocumentPhrase implements OwnTitleClue {
    static final Pattern THIS = Pattern.compile("本[\\s\\u3000]*$");
    static final Pattern IN_FORCE = Pattern.compile(
            "^[\\s\\u3000]*自[\\s\\u3000]*(?:印发|发布|公布|下发)之日起[\\s\\u3000]*(?:施行|实施|执行|生效)");
    static final Pattern ATTACHMENT = Pattern.compile("(?:^|\\n)[\\s\\u3000]*附件[\\s\\u3000]*\\d{0,2}[\\s\\u3000]*[:：]?[\\s\\u3000]*(?:\\d{1,2}[.．、][\\s\\u3000]*)?$");
    /** The word every match of {@link #ATTACHMENT} holds, looked for within the line only. */
    private static final LiteralAlternation ATTACHMENT_WORD = new LiteralAlternation("附件");

    @Override
    public List<String> ownTitles(String t, List<TitlePattern.Hit> titles) {
        List<String> own = new ArrayList<>();
        for (TitlePattern.Hit h : titles) {
            int lineStart = t.lastIndexOf('\n', h.span().start() - 1) + 1;
            String before = t.substring(Math.max(0, h.span().start() - 4), h.span().start());
            String after = t.substring(h.span().end(), Math.min(t.length(), h.span().end() + 16));
            if (isThis(before) || inForce(after) || attachment(t, Math.max(0, lineStart - 1), h.span().start())) {
                own.add(h.title());
            }
        }
        return own;
    }

    /** {@code THIS.matcher(before).find()}: every match holds 本. */
    static boolean isThis(String before) {
        return before.indexOf('本') >= 0 && THIS.matcher(before).find();
    }

    /** {@code IN_FORCE.matcher(after).find()}: every match holds 自. */
    static boolean inForce(String after) {
        return after.indexOf('自') >= 0 && IN_FORCE.matcher(after).find();
    }

    /** {@code ATTACHMENT.matcher(t.substring(from, to)).find()}: every match holds 附件, so only then is the line copied. */
    static boolean attachment(String t, int from, int to) {
        return ATTACHMENT_WORD.occursIn(t, from, to) && ATTACHMENT.matcher(t.substring(from, to)).find();
    }
}
