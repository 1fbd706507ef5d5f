package org.policykg.extract.department;

import java.util.List;
import java.util.regex.Pattern;



/**
 * The words that introduce a list of bodies (牵头单位, 责任部门, 配合单位 …) and what they make the
 * bodies listed after them: leads, supports, or responsible bodies whose first is the lead.
 */
enum Label {
    /** 牵头单位, 牵头部门, 牵头责任, 主办单位: every body listed leads. */
    LEAD,
    /** 配合单位, 协办单位, 参与单位: every body listed supports. */
    SUPPORT,
    /** 责任单位, 责任部门, 负责单位: the first body leads unless another label names the leads. */
    RESPONSIBLE;

    static final Pattern WORDS = Pattern.compile(
            "(?:工作|主要|具体)?(牵头责任(单位|部门)?|牵头(单位|部门|科室|处室)|主办(单位|部门)|主责(单位|部门)"
                    + "|(配合|协办|协助|协同|参与|参加)(单位|部门|科室|处室)"
                    + "|(责任|负责|实施|承办|落实)(单位|部门|科室|处室)|责任主体)");
    /** 主要责任单位, 工作协助部门, 具体承办单位: the qualifier does not change the role. */
    static final Pattern QUALIFIER = Pattern.compile("^(工作|主要|具体)");
    private static final List<String> QUALIFIERS = List.of("工作", "主要", "具体");
    static final Pattern SUPPORT_WORD = Pattern.compile("^(配合|协办|协助|协同|参与|参加).*");
    private static final List<String> SUPPORT_WORDS = List.of("配合", "协办", "协助", "协同", "参与", "参加");
    private static final Pattern BRACKETED_NOTE = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LEAD_HEADER = Pattern.compile(".*(牵头|主办|主责).*");
    private static final Pattern SUPPORT_HEADER = Pattern.compile(".*(配合|协办|协助|协同|参与).*");
    private static final Pattern RESPONSIBLE_HEADER = Pattern.compile(".*(责任|负责|实施|承办)(单位|部门|科室|处室|主体).*");

    static Label of(String label) {
        String word = withoutQualifier(label);
        if (word.startsWith("牵头") || word.startsWith("主办") || word.startsWith("主责")) {
            return LEAD;
        }
        if (isSupportWord(word)) {
            return SUPPORT;
        }
        return RESPONSIBLE;
    }

    /**
     * {@code QUALIFIER.matcher(label).replaceFirst("")}: QUALIFIER starts with ^ (no MULTILINE), so its only
     * match is a qualifier the label starts with, and its words are two literal characters each.
     */
    static String withoutQualifier(String label) {
        for (String q : QUALIFIERS) {
            if (label.startsWith(q)) {
                return label.substring(q.length());
            }
        }
        return label;
    }

    /**
     * {@code SUPPORT_WORD.matcher(word).matches()}: one of its literal words first, then {@code .*}, which takes
     * any character but a line terminator (no DOTALL).
     */
    static boolean isSupportWord(String word) {
        for (String w : SUPPORT_WORDS) {
            if (word.startsWith(w)) {
                return noLineTerminator(word, w.length());
            }
        }
        return false;
    }

    private static boolean noLineTerminator(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** For a header cell or a label word without its bracketed note: 责任单位(排在第一位的为牵头单位) is RESPONSIBLE. */
    static Label ofHeader(String header) {
        String main = SPACE.matcher(BRACKETED_NOTE.matcher(header).replaceAll("")).replaceAll("");
        if (LEAD_HEADER.matcher(main).matches()) {
            return LEAD;
        }
        if (SUPPORT_HEADER.matcher(main).matches()) {
            return SUPPORT;
        }
        return RESPONSIBLE_HEADER.matcher(main).matches() ? RESPONSIBLE : null;
    }
}
