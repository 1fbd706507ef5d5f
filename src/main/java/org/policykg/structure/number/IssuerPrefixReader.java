package org.policykg.structure.number;

import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.LiteralAlternation;

/**
 * Reads the 机关代字 that ends where a number's year bracket begins. In parentheses after a title the
 * whole Han run is the prefix; in running text (根据省政府苏政办发〔2017〕115号文件) the run also holds the
 * words before it, so it is cut after the last word that cannot be part of a 机关代字: a lead-in verb
 * or conjunction, or the name of a body (省政府, 国务院办公厅) written before its own code.
 * Text copied out of a PDF often sets the code apart from its bracket (浙政发 [2016] 12 号): up to two
 * spaces may stand between them, but then the run must hold a code and not be only a lead-in word.
 */
final class IssuerPrefixReader {
    private static final int MAX_RUN = 16;
    private static final int MAX_PREFIX = 10;
    private static final int MAX_GAP = 2;
    /** Words that cannot be part of a 机关代字, in the order LEAD_IN tries them. */
    static final List<String> LEAD_IN_WORDS = List.of("根据", "按照", "依据", "依照", "落实", "贯彻", "执行", "参照", "对照", "转发",
            "印发", "下发", "详见", "文件", "通知", "关于", "即", "和", "及", "与", "或", "以", "的", "了", "是", "为", "见",
            "人民政府", "政府", "国务院", "办公厅", "办公室", "委员会", "省委", "市委", "县委", "区委", "中共中央");
    static final Pattern LEAD_IN = Pattern.compile(".*(" + String.join("|", LEAD_IN_WORDS) + ")");
    /** LEAD_IN's words, asked where its lookingAt match ends (see {@link LiteralAlternation#endOfLast}). */
    private static final LiteralAlternation LEAD_IN_ALTERNATION = new LiteralAlternation(LEAD_IN_WORDS.toArray(String[]::new));

    /** A 机关代字 read before a bracket, and where it starts. */
    record Prefix(String code, int start) {
    }

    Prefix before(String text, int bracket) {
        int end = bracket;
        while (end > 0 && bracket - end < MAX_GAP && isSpace(text.charAt(end - 1))) {
            end--;
        }
        String code = prefixBefore(text, end);
        if (end < bracket && LEAD_IN.matcher(code).matches()) {
            code = "";
        }
        return new Prefix(code, end - code.length());
    }

    String prefixBefore(String text, int bracket) {
        int start = bracket;
        while (start > 0 && bracket - start < MAX_RUN && isPrefixChar(text.charAt(start - 1))) {
            start--;
        }
        String run = text.substring(start, bracket);
        int leadIn = leadInEnd(run);
        String prefix = leadIn >= 0 && leadIn < run.length() ? run.substring(leadIn) : run;
        return prefix.length() > MAX_PREFIX ? "" : prefix;
    }

    /** Where LEAD_IN's lookingAt match ends in a run of Han characters, or -1 when it has none. */
    static int leadInEnd(String run) {
        return LEAD_IN_ALTERNATION.endOfLast(run);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    private static boolean isPrefixChar(char c) {
        return TextNormalizer.isHan(c) && c != '号' && c != '號';
    }
}
