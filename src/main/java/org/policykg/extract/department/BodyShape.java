package org.policykg.extract.department;

import java.util.regex.Pattern;



/**
 * Whether a phrase has the shape of a body's name: a short noun phrase ending in an organizational
 * head (局, 委, 办, 部, 镇, 公司, 中心 …). Prose is checked strictly, since a free-running sentence
 * must not yield names; labelled lists and table cells are taken as written.
 */
final class BodyShape {
    static final Pattern HEAD = Pattern.compile(
            "(局|委|委员会|办|办公室|厅|部|政府|镇|街道|乡|公司|集团|中心|站|所|处|院|室|科|队|支行|银行|分行|会|署|"
                    + "领导小组|小组|成员单位|单位|部门|检察|法院|管委会|工委|党委|团|县|区|县区|县\\(市、区\\)|县（市、区）)([(（][^()（）]*[)）])?$");
    /** The last characters of every match of {@link #HEAD} (which ends at the end: a match ends with one). */
    static final String HEAD_LASTS = "局委会办室厅部府镇道乡司团心站所处院科队行署组位门察县区)）";
    /** Collective words that only name an assignee when a list says so, never in running prose. */
    static final Pattern GENERIC = Pattern.compile(
            "^(各|有关|相关|其他|各级|各有关|各相关|所有)+(部门|单位|政府|地区|方面|成员单位|责任单位|单位部门)?$"
                    + "|^(部门|单位|政府|企业|社会|群众|公众)$");
    /** The first characters of {@link #GENERIC}'s words: matches() must start the text with one. */
    private static final String GENERIC_FIRSTS = "各有相其所部单政企社群公";
    static final Pattern NOT_A_NAME = Pattern.compile("[\\d。；;:：“”《》的了是将要在对把从]");
    /** The characters of {@link #NOT_A_NAME}'s class. */
    private static final String NOT_A_NAME_CHARS = "0123456789。；;:：“”《》的了是将要在对把从";
    /**
     * What a list under a label runs into when it is no list (a table's header flattened into prose: 配合单位
     * 完成时间 负责全县…): another column's name, or a clause that starts with a verb of work.
     */
    static final Pattern WORK_VERB = Pattern.compile(
            "^(负责|开展|利用|加强|加快|推进|推动|落实|建立|完善|组织|制定|实施|做好|督促|指导|确保)");
    static final Pattern OTHER_COLUMN = Pattern.compile("(时间|时限|进度|内容|措施|任务|情况|要求|目标)$");
    /** The first characters of WORK_VERB's verbs: it starts with ^ (not MULTILINE), so a match starts the text with one. */
    private static final String WORK_VERB_FIRSTS = "负开利加推落建完组制实做督指确";
    /** The last characters of OTHER_COLUMN's words: a match ends the text, or a final line terminator follows it. */
    private static final String OTHER_COLUMN_LASTS = "间限度容施务况求标";
    static final Pattern SENTENCE_MARK = Pattern.compile(".*[。；;:：“”《》].*");
    static final Pattern TWO_DIGITS = Pattern.compile(".*\\d{2,}.*");
    private static final String SENTENCE_MARKS = "。；;:：“”《》";
    /** What {@code .} does not match: a string holding one matches no {@code .*X.*} as a whole. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";
    private static final int MAX_PROSE_NAME = 20;
    private static final int MAX_LISTED_NAME = 30;

    private BodyShape() {
    }

    static boolean endsLikeBody(String s) {
        String name = s.strip();
        if (name.isEmpty()) {
            return false;
        }
        // HEAD ends at $: at the end, or before a final line terminator (then left to the regex)
        char last = name.charAt(name.length() - 1);
        if (HEAD_LASTS.indexOf(last) < 0 && !NameList.mayEndLine(last)) {
            return false;
        }
        return HEAD.matcher(name).find();
    }

    /** A name found in running prose (由…牵头): strict. */
    static boolean isProseName(String s) {
        return s.length() >= 2 && s.length() <= MAX_PROSE_NAME && endsLikeBody(s) && !isGeneric(s) && !hasNonNameChar(s);
    }

    /** {@code GENERIC.matcher(s).matches()}, the regex run only on a text starting as one of its words does. */
    static boolean isGeneric(String s) {
        return !s.isEmpty() && GENERIC_FIRSTS.indexOf(s.charAt(0)) >= 0 && GENERIC.matcher(s).matches();
    }

    /**
     * {@code NOT_A_NAME.matcher(s).find()}: a character of its class ({@code \d} is ASCII digits). The class holds
     * no surrogate, so looking at chars finds what looking at code points does.
     */
    static boolean hasNonNameChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (NOT_A_NAME_CHARS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasIdeograph(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isIdeographic(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** {@link #SENTENCE_MARK} matches: a mark, and no line terminator (which {@code .} would not pass). */
    static boolean hasSentenceMark(String s) {
        boolean mark = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (LINE_TERMINATORS.indexOf(c) >= 0) {
                return false;
            }
            mark |= SENTENCE_MARKS.indexOf(c) >= 0;
        }
        return mark;
    }

    /** {@link #TWO_DIGITS} matches: two ASCII digits in a row ({@code \d}), and no line terminator. */
    static boolean hasTwoDigits(String s) {
        boolean two = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (LINE_TERMINATORS.indexOf(c) >= 0) {
                return false;
            }
            two |= i > 0 && isDigit(c) && isDigit(s.charAt(i - 1));
        }
        return two;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A name listed under a label or in a responsibility column: as written, only obvious non-names refused. */
    static boolean isListedName(String s) {
        return s.length() >= 2 && s.length() <= MAX_LISTED_NAME && hasIdeograph(s)
                && !hasSentenceMark(s) && !hasTwoDigits(s)
                && !(startsWithWorkVerb(s) && !endsLikeBody(s)) && !endsWithOtherColumn(s);
    }

    /** {@code WORK_VERB.matcher(s).find()}, the regex run only on a text starting with a verb's first character. */
    static boolean startsWithWorkVerb(String s) {
        return !s.isEmpty() && WORK_VERB_FIRSTS.indexOf(s.charAt(0)) >= 0 && WORK_VERB.matcher(s).find();
    }

    /** {@code OTHER_COLUMN.matcher(s).find()}, the regex run only on a text ending as a match can. */
    static boolean endsWithOtherColumn(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return (OTHER_COLUMN_LASTS.indexOf(last) >= 0 || NameList.mayEndLine(last)) && OTHER_COLUMN.matcher(s).find();
    }
}
