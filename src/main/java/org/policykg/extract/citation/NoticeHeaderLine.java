package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;
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
    private static final Pattern HEADER = Pattern.compile(
            "(?m)^[\\s\\u3000]*([^\\s\\u3000，,。；;:：《》()（）]{0,30}?)关于[\\s\\u3000]*(?:印发|转发|下发|发布|颁布)[\\s\\u3000]*"
                    + "((?:《[^《》\\n]{2,120}》[\\s\\u3000]*[、和及与]?[\\s\\u3000]*)+)的?[\\s\\u3000]*(?:通知|决定)(?=[\\s\\u3000]|$)");
    /** The part of {@link #HEADER} every match holds, found with a literal first (关于) and cheap to look for. */
    static final Pattern ISSUING_ABOUT = Pattern.compile("关于[\\s\\u3000]*(?:印发|转发|下发|发布|颁布)");
    private static final Pattern LEAD_IN = Pattern.compile("根据|按照|依据|依照|贯彻|落实|执行|参照|对照|遵照|结合|为");
    private static final Pattern INNER = Pattern.compile("《([^《》]+)》");

    /** The titles a notice heading in the text carries. */
    @Override
    public List<String> ownTitles(String t, List<TitlePattern.Hit> titles) {
        List<String> own = new ArrayList<>();
        if (!ISSUING_ABOUT.matcher(t).find()) { // every heading holds 关于 and its verb: without them none can match
            return own;
        }
        Matcher m = HEADER.matcher(t);
        while (m.find()) {
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
