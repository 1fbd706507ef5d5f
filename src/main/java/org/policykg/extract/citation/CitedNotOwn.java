package org.policykg.extract.citation;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;
import org.policykg.structure.metadata.DocumentMetadata;

/**
 * A document title read off a sentence that cites it is not the document's own. A text without a title
 * line may be named from a sentence near its top (省政府印发《某省打赢蓝天保卫战三年行动计划》,…); when
 * that sentence's clause leads in with 根据/按照/贯彻/落实…, the title is another document's, so it is
 * still reported as cited.
 */
final class CitedNotOwn {
    private static final Pattern LEAD_IN = Pattern.compile("根据|按照|依据|依照|贯彻|落实|执行|参照|对照|遵照");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;:：\\n]");

    /** Whether the metadata's own title was read from inside a 《》 that the text cites. */
    boolean titleWasCited(DocumentMetadata self, String t, List<TitlePattern.Hit> titles) {
        Span own = self == null ? null : self.titleSpan();
        if (own == null || own.start() < 0 || own.end() > t.length()) {
            return false;
        }
        return titles.stream().filter(h -> h.span().start() < own.start() && own.end() <= h.span().end())
                .anyMatch(h -> LEAD_IN.matcher(clauseBefore(t, h.span().start())).find());
    }

    private static String clauseBefore(String t, int start) {
        int from = start;
        while (from > 0 && !CLAUSE_BREAK.matcher(String.valueOf(t.charAt(from - 1))).matches()) {
            from--;
        }
        return t.substring(from, start);
    }
}
