package org.policykg.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a title's number may start after its 》: past spaces and an opening bracket (《A》(国发〔2013〕37号)),
 * and also past 的通知 when the text names a notice by the titles it carries:
 * 省政府办公厅印发《A》和《B》的通知(某政办发〔2018〕9号). The number is the carrying notice's, which issued
 * A and B together. As with 《A》及《B》(X号) in the gold conventions, it is given to the nearer title B,
 * and A is cited by title alone; reading it as a third, untitled document would count the notice twice.
 */
final class NoticeCarrierNumber {
    private static final Pattern GAP = Pattern.compile(
            "^[\\s\\u3000]*(?:的[\\s\\u3000]*(?:通知|决定|意见|批复|函)[\\s\\u3000]*)?[(（\\[［〔【]?[\\s\\u3000]*");
    private static final int MAX_GAP = 12;

    private NoticeCarrierNumber() {
    }

    /** The offset where a number belonging to the title ending at {@code end} would start. */
    static int numberStart(String t, int end) {
        Matcher gap = GAP.matcher(t.substring(end, Math.min(t.length(), end + MAX_GAP)));
        return end + (gap.find() ? gap.end() : 0);
    }
}
