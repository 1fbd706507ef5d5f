package org.policykg.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a title's number may start after its 》: past spaces, 文件 and an opening bracket (《A》(国发〔2013〕37号)),
 * and also past 的通知 when the text names a notice by the titles it carries:
 * 省政府办公厅印发《A》和《B》的通知(某政办发〔2018〕9号). The number is the carrying notice's, which issued
 * A and B together. As with 《A》及《B》(X号) in the gold conventions, it is given to the nearer title B,
 * and A is cited by title alone; reading it as a third, untitled document would count the notice twice.
 * A notice on carrying a title out (关于贯彻落实《A》的通知(X号)) is another document: X is not A's.
 */
final class NoticeCarrierNumber {
    static final Pattern GAP = Pattern.compile(
            "^[\\s\\u3000]*(?:的[\\s\\u3000]*(?:通知|决定|意见|批复|函)[\\s\\u3000]*|文件[\\s\\u3000]*)?[(（\\[［〔【]?[\\s\\u3000]*");
    static final Pattern NOTICE_GAP = Pattern.compile("^[\\s\\u3000]*的[\\s\\u3000]*(?:通知|决定|意见|批复|函)");
    /**
     * A notice about carrying out a document is not the one that issued it: 关于贯彻落实《A》的通知(X号)
     * has its own number, so the titles' chain must not be led in by such a verb.
     */
    private static final Pattern CARRY_OUT = Pattern.compile(
            "(?:贯彻|落实|执行|实施|学习|宣传|宣贯|做好|加强|开展|推进|推动|认真)[\\s\\u3000]*(?:好)?[\\s\\u3000]*"
                    + "(?:《[^《》]*(?:《[^《》]*》[^《》]*)*》[\\s\\u3000]*[、和及与][\\s\\u3000]*)*$");
    /**
     * What a non-empty {@link #GAP} match starts with: a blank of {@code [\\s\\u3000]}, 的, 文 (文件) or an
     * opening bracket. Every part of GAP is optional, so it always matches; after any other character it
     * matches "" and no {@link #NOTICE_GAP} (blanks, then 的) can match either.
     */
    static final String GAP_FIRSTS = " \t\n\u000B\f\r\u3000的文(（[［〔【";
    static final int MAX_GAP = 12;
    private static final int MAX_CHAIN = 300;

    private NoticeCarrierNumber() {
    }

    /** The offset where a number belonging to the title from {@code start} to {@code end} would start. */
    static int numberStart(String t, int start, int end) {
        if (end >= t.length() || GAP_FIRSTS.indexOf(t.charAt(end)) < 0) {
            return end; // the gap is "": no text to copy, no matcher to make
        }
        String after = t.substring(end, Math.min(t.length(), end + MAX_GAP));
        Matcher gap = GAP.matcher(after);
        if (!gap.find()) {
            return end;
        }
        // every NOTICE_GAP match holds 的: without it the regex is not run
        if (after.indexOf('的') >= 0 && NOTICE_GAP.matcher(after).find() && CARRY_OUT.matcher(t.substring(Math.max(0, start - MAX_CHAIN), start)).find()) {
            return end;
        }
        return end + gap.end();
    }
}
