package org.policykg.extract.citation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policykg.structure.number.NumberPattern;

/**
 * The document's own 发文字号 where a page copy ran the red header into one line:
 * …的通知 某政办发〔2018〕42号 各区县人民政府,市直各单位:… A number that no bracket encloses and that is
 * followed by the addressees (各…:) or follows a notice title (…的通知) at the head of its line is the
 * header's, not a citation: citations are bracketed after a title or led in by 根据/按照.
 */
final class HeaderNumber {
    private static final Pattern ADDRESSEE_AFTER = Pattern.compile(
            "^[\\s\\u3000]*(?:\\d{4}[年.\\-/]\\d{1,2}[月.\\-/]\\d{1,2}日?[\\s\\u3000]*)?各[^。；;!！?？《》\\n]{1,80}[:：]");
    private static final Pattern NOTICE_BEFORE = Pattern.compile("的[\\s\\u3000]*(?:通知|决定|意见|批复|函)[\\s\\u3000]+$");
    private static final Pattern LEAD_IN = Pattern.compile("根据|按照|依据|依照|贯彻|落实|执行|参照|对照|遵照");
    private static final String OPENING = "(（〔[［【";

    Set<String> ownNumbers(String t, List<NumberPattern.Hit> numbers) {
        return numbers.stream().filter(n -> isHeader(t, n)).map(n -> n.number().canonical()).collect(Collectors.toSet());
    }

    private static boolean isHeader(String t, NumberPattern.Hit n) {
        int start = n.span().start();
        int lineStart = t.lastIndexOf('\n', start - 1) + 1;
        String before = t.substring(lineStart, start);
        if (before.stripTrailing().length() > 0 && OPENING.indexOf(before.stripTrailing().charAt(before.stripTrailing().length() - 1)) >= 0) {
            return false;
        }
        String sentenceBefore = t.substring(Sentences.start(t, start), start);
        if (LEAD_IN.matcher(sentenceBefore).find()) {
            return false;
        }
        String after = t.substring(n.span().end(), Math.min(t.length(), n.span().end() + 100));
        return ADDRESSEE_AFTER.matcher(after).find() || NOTICE_BEFORE.matcher(before).find();
    }
}
