package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phrases with which a document speaks of itself by its full title, often in its closing lines:
 * 本《某市扬尘污染防治管理办法》由市住建局负责解释, 《某市扬尘污染防治管理办法》自印发之日起施行, and the
 * attachment a notice carries (附件:1.《某市河长制工作方案》). A page copy that has lost its title line
 * may name itself only there.
 */
final class ThisDocumentPhrase implements OwnTitleClue {
    private static final Pattern THIS = Pattern.compile("本[\\s\\u3000]*$");
    private static final Pattern IN_FORCE = Pattern.compile(
            "^[\\s\\u3000]*自[\\s\\u3000]*(?:印发|发布|公布|下发)之日起[\\s\\u3000]*(?:施行|实施|执行|生效)");
    private static final Pattern ATTACHMENT = Pattern.compile("(?:^|\\n)[\\s\\u3000]*附件[\\s\\u3000]*\\d{0,2}[\\s\\u3000]*[:：]?[\\s\\u3000]*(?:\\d{1,2}[.．、][\\s\\u3000]*)?$");

    @Override
    public List<String> ownTitles(String t, List<TitlePattern.Hit> titles) {
        List<String> own = new ArrayList<>();
        for (TitlePattern.Hit h : titles) {
            int lineStart = t.lastIndexOf('\n', h.span().start() - 1) + 1;
            String before = t.substring(Math.max(0, h.span().start() - 4), h.span().start());
            String after = t.substring(h.span().end(), Math.min(t.length(), h.span().end() + 16));
            if (THIS.matcher(before).find() || IN_FORCE.matcher(after).find()
                    || ATTACHMENT.matcher(t.substring(Math.max(0, lineStart - 1), h.span().start())).find()) {
                own.add(h.title());
            }
        }
        return own;
    }
}
