package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;

/**
 * Splits a written list of bodies (市环保局、海渔局,乍浦镇；财政(地税)分局) into its names. Separators
 * inside brackets do not split (办公室(财审处)); 和/及/与 split only between two complete names, since
 * they also occur inside names (住房和城乡建设局). Trailing wording that is not part of the last name
 * (等部门配合, 等单位) is dropped; a name marked (牵头) is a lead whatever the list says.
 */
final class NameList {
    /** What follows the last name of a list without being part of it. */
    static final Pattern TAIL = Pattern.compile(
            "(等(相关|有关)?(部门|单位|科室)?)?(按职责)?(分工)?(配合|参与|协助|协同|参加|负责|落实)*$");
    static final Pattern LEAD_MARK = Pattern.compile("[(（](牵头|主办|牵头单位)[)）]$");
    /** The last characters of every {@link #LEAD_MARK} match, which ends the text or a final line. */
    static final EndChars LEAD_MARK_END = EndChars.ofChars(")）");
    static final Pattern EDGE = Pattern.compile("^[\\s\\p{P}&&[^(（“\"]]+|[\\s\\p{P}&&[^)）”\"]]+$");
    /** The last characters of every non-empty {@link #TAIL}: without one at the end, TAIL matches only "". */
    static final String TAIL_LASTS = "等关门位室责工合与助同加实";
    private static final String SEPARATORS = "、，,;；/ \t\n\u3000";
    private static final String CONJUNCTIONS = "和及与";

    private NameList() {
    }

    /** One name of a list: its text, where it starts in the list, and whether it was marked as the lead. */
    record Item(String name, int offset, boolean markedLead) {
    }

    static List<Item> split(String list) {
        List<int[]> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            boolean split = depth == 0 && (i == list.length() || SEPARATORS.indexOf(c) >= 0
                    || CONJUNCTIONS.indexOf(c) >= 0 && joinsTwoNames(list, start, i));
            if (split) {
                pieces.add(new int[] {start, i});
                start = i + 1;
            }
        }
        List<Item> items = new ArrayList<>();
        for (int[] piece : Collectives.join(list, pieces)) {
            add(items, list, piece[0], piece[1]);
        }
        return items;
    }

    /**
     * 和 between two names (市环保局和市水利局), not inside one (住房和城乡建设局: the left is no name), nor before a
     * bare head the left part shares (各县(市、区)党委和人民政府: one body, its party committee and government).
     */
    private static boolean joinsTwoNames(String list, int start, int at) {
        return BodyShape.endsLikeBody(list.substring(start, at)) && at + 2 < list.length()
                && !Collectives.isBareHead(rightPart(list, at + 1));
    }

    /** The text after a conjunction up to the next separator. */
    private static String rightPart(String list, int from) {
        int end = from;
        while (end < list.length() && SEPARATORS.indexOf(list.charAt(end)) < 0) {
            end++;
        }
        return list.substring(from, end).strip();
    }

    private static void add(List<Item> items, String list, int start, int end) {
        String raw = list.substring(start, end);
        // LEAD_MARK ends with a closing bracket before $: a piece ending otherwise holds no mark, and no matcher is made
        Matcher lead = LEAD_MARK_END.mayEnd(raw) ? LEAD_MARK.matcher(raw) : null;
        boolean marked = lead != null && lead.find();
        String name = marked ? raw.substring(0, lead.start()) : raw;
        name = strip(name);
        if (!name.isEmpty()) {
            items.add(new Item(name, start + Math.max(0, raw.indexOf(name)), marked));
        }
    }

    static String strip(String name) {
        String s = withoutEdges(name.strip());
        String cut = withoutTail(s);
        // Keep the tail when cutting it would leave no body (a list item that is just 各部门配合 stays whole).
        return cut.length() >= 2 ? withoutEdges(cut) : s;
    }

    /**
     * {@link #EDGE} removed. Its two alternatives are a run at the very start and a run at the end, so a
     * string whose first and last characters can be neither leaves it unchanged; a surrogate or a line
     * terminator at an end (where {@code $} also matches) goes to the regex.
     */
    static String withoutEdges(String s) {
        if (s.isEmpty() || !mayBeEdge(s.charAt(0)) && !mayBeEdge(s.charAt(s.length() - 1))) {
            return s;
        }
        return EDGE.matcher(s).replaceAll("");
    }

    /** Whether c may be in EDGE's class ({@code \s} or {@code \p{P}}, as java.util.regex reads them) or is a doubt. */
    static boolean mayBeEdge(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.SURROGATE -> true;
            default -> " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(c) >= 0;
        };
    }

    /** {@link #TAIL} removed; it is empty (and its removal changes nothing) unless the last character may end one. */
    static String withoutTail(String s) {
        if (s.isEmpty() || TAIL_LASTS.indexOf(s.charAt(s.length() - 1)) < 0 && !mayEndLine(s.charAt(s.length() - 1))) {
            return s;
        }
        return TAIL.matcher(s).replaceFirst("");
    }

    /** A line terminator, before which {@code $} matches too. */
    static boolean mayEndLine(char c) {
        return "\n\r\u0085\u2028\u2029".indexOf(c) >= 0;
    }
}
