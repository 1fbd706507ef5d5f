package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;

import org.policykg.extract.pattern.StartChars;

/**
 * Lists of bodies under labels: (責任部門:市環保局、海漁局), (牵头单位:经发局,责任单位:建设局等部门配合),
 * (牵头单位经发局), (牵头责任:环保分局), or a line 牵头部门：…；配合部门：…. Labels that share one bracket
 * or one sentence form a clause, and the clause decides the roles: with a lead label in it, a 责任
 * list is all support; alone, its first body leads.
 */
final class LabelledLists implements BodyListPattern {
    /** A label starts a list only at the start of a bracket, line, clause or sentence (not 各责任单位要…). */
    private static final String MAY_PRECEDE = "(（【[〔［,，;；。:：\n \u3000\t";
    private static final String CLOSERS = ")）】]〕］";
    /**
     * The first characters of every match of {@link Label#WORDS}: those of its qualifiers (工作, 主要, 具体)
     * and of its label words. The regex is tried only where one of them stands at the start of a list.
     */
    static final StartChars LABEL_FIRSTS = StartChars.of("工主具牵配协参责负实承落");
    /** Per instance, as is {@link #labels}: an extractor serves one thread. */
    private final ProseLeads prose = new ProseLeads();
    /**
     * {@link Label#WORDS}' matcher, reset to each text instead of made anew for every paragraph and cell; an
     * extractor (and so this pattern) serves one thread, and {@link #find} finishes with it before returning.
     */
    private final Matcher labels = Label.WORDS.matcher("");

    /**
     * One label: where its word starts, where its list starts (after the word and a colon). A label in
     * running text without a colon ({@code strict}) may be a word of the sentence (责任单位要…), so its
     * names must have the shape of a body.
     */
    private record Segment(Label label, int wordStart, int listStart, boolean strict) {
    }

    @Override
    public List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        List<Segment> clause = new ArrayList<>();
        int clauseEnd = -1;
        Matcher m = labels.reset(text);
        for (int from = 0; nextListLabel(m, text, from); from = m.end()) {
            if (m.start() >= clauseEnd && !clause.isEmpty()) {
                found.addAll(roles(text, clause, clauseEnd));
                clause.clear();
            }
            int listStart = skipColon(text, m.end());
            clauseEnd = Math.max(clauseEnd, clauseEnd(text, listStart));
            boolean marked = listStart > m.end() || clause.size() > 0 || opensBracket(text, m.start());
            clause.add(new Segment(Label.of(m.group()), m.start(), listStart, !marked));
        }
        if (!clause.isEmpty()) {
            found.addAll(roles(text, clause, clauseEnd));
        }
        return found;
    }

    /**
     * The same labels as {@code m.find()} keeping those where {@link #startsList} holds, trying the regex
     * (which has no anchor or look-around, so matching at a region's start is find's attempt there) only
     * where a label can start a list. Skipping the other positions skips no accepted label: a label's
     * characters are none of {@link #MAY_PRECEDE}, so no position inside a label found by find (which
     * resumes after it) can start a list, and every position that can is one find tries.
     */
    static boolean nextListLabel(Matcher m, String text, int from) {
        return LABEL_FIRSTS.find(m, text, from, text.length(), i -> startsList(text, i));
    }

    static boolean startsList(String text, int at) {
        return at == 0 || MAY_PRECEDE.indexOf(text.charAt(at - 1)) >= 0;
    }

    private static boolean opensBracket(String text, int at) {
        return at > 0 && "(（【[〔［".indexOf(text.charAt(at - 1)) >= 0;
    }

    private static int skipColon(String text, int at) {
        while (at < text.length() && ":： \u3000为是】]".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** A clause runs to the bracket that closes it, or to the end of its sentence or line. */
    private static int clauseEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == '。' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private List<Mention> roles(String text, List<Segment> clause, int clauseEnd) {
        boolean hasLead = false;
        for (Segment s : clause) {
            hasLead |= s.label() == Label.LEAD;
        }
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < clause.size(); k++) {
            Segment s = clause.get(k);
            int end = k + 1 < clause.size() ? clause.get(k + 1).wordStart() : clauseEnd;
            if (end > s.listStart()) {
                out.addAll(names(text, s, end, hasLead));
            }
        }
        if (!out.isEmpty() && clauseEnd == text.length() && isCutName(out.get(out.size() - 1).name())) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * A list that runs to the end of the text, closed by nothing, may have been cut mid-name by the copy
     * (责任单位:发改局、生态环): its last name counts only when it ends like a body's name.
     */
    private static boolean isCutName(String name) {
        return !BodyShape.endsLikeBody(name);
    }

    private List<Mention> names(String text, Segment s, int end, boolean clauseHasLead) {
        String list = text.substring(s.listStart(), end);
        if (s.label() == Label.RESPONSIBLE) {
            // 【责任单位】市环保局牵头，市发改委、市工信局按职责分工负责: the list is written as a sentence.
            List<Mention> inProse = prose.find(list);
            if (!inProse.isEmpty()) {
                return inProse.stream().map(m -> m.withOffset(s.listStart())).toList();
            }
        }
        Predicate<String> isBody = s.strict() ? BodyShape::isProseName : BodyShape::isListedName;
        return ListedBodies.read(list, s.label(), clauseHasLead, isBody, ListedBodies.AtNonBody.STOP).stream()
                .map(m -> m.withOffset(s.listStart())).toList();
    }
}
