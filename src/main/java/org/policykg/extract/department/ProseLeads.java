package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assignments written as a sentence: 由市环保局牵头，市发改委、市财政局配合; 市环保局牵头、各县区参与;
 * 由市水利局负责. The names before 牵头/负责 lead, those before 配合/参与/协助 support. Every name must
 * have the shape of a body, so an ordinary sentence that happens to contain 牵头 yields nothing.
 * A clause that only describes a standing arrangement (由美丽办牵头、各成员单位分工负责的组织领导体系)
 * assigns no task and is skipped.
 */
final class ProseLeads implements BodyListPattern {
    /** A run of a name list: any character but punctuation that ends a list, or a bracketed part (各县（市、区）). */
    private static final String NAME_RUN = "(?:[^，,。；;：:（()）\\n由]|[（(][^（()）\\n]{1,12}[)）])";
    static final Pattern LEAD = Pattern.compile("(由)?(" + NAME_RUN + "{2,60}?)(牵头|负责)");
    /** Supports follow the lead: 配合/参与/协助, or 按职责分工负责/落实 for the bodies named after the lead. */
    static final Pattern SUPPORT = Pattern.compile("^[，,、]?((?:" + NAME_RUN + "|[，,]){2,100}?)(等(有关|相关)?(部门|单位)?)?"
            + "(配合|参与|协助|协同|参加|(按职责)?(分工)?(负责|落实)|共同(推进|负责|落实))");
    /**
     * What a name run cannot pass: the characters {@code NAME_RUN}'s plain unit leaves out. Of them only an
     * opening bracket may go on, as a bracketed unit.
     */
    private static final String RUN_BARRIERS = "，,。；;：:（()）\n由";
    private static final String OPENERS = "（(";
    static final Pattern DESCRIBES_ARRANGEMENT = Pattern.compile("的[^，,。；;]{0,8}(体系|机制|格局|制度|模式|网络)");

    @Override
    public List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        // every match holds 牵头 or 负责; without them the name run would be tried at every character for nothing
        if (!text.contains("牵头") && !text.contains("负责")) {
            return out;
        }
        Matcher m = LEAD.matcher(text);
        for (int from = 0; nextLead(m, text, from); from = m.end()) {
            // 负责 without 由 is too common a verb (各县区负责…) to read an assignment from.
            if (m.group(1) == null && m.group(3).equals("负责")) {
                continue;
            }
            List<Mention> leads = names(m.group(2), m.start(2), Role.LEAD);
            if (leads.isEmpty() || describesArrangement(text, m.end())) {
                continue;
            }
            if (m.group(3).equals("负责")) {
                // 由市水务局、市环保局负责 reads like a 责任单位 list: the first body leads.
                for (int k = 1; k < leads.size(); k++) {
                    leads.set(k, leads.get(k).withRole(Role.SUPPORT));
                }
            }
            out.addAll(leads);
            out.addAll(supports(text, m.end()));
        }
        return out;
    }

    /**
     * The next match of {@link #LEAD} from {@code from}, as {@code m.find()} would give it, trying the regex
     * (no anchor, no look-around: matching at a region's start is find's attempt there) only where it can
     * match. A match at p reads 由 if p holds one (a run cannot start with 由), then a run of at least two
     * units, then 牵头 or 负责; the run stops at the first barrier unless that is an opening bracket. So
     * where no 牵头/负责 starts two or more characters after the run's start and ends before that barrier,
     * and the barrier opens no bracket, the attempt fails, and is not made.
     */
    static boolean nextLead(Matcher m, String text, int from) {
        int barrier = -1;
        int lastKeyword = -1;
        for (int p = from; p < text.length(); p++) {
            int run = text.charAt(p) == '由' ? p + 1 : p;
            if (run > barrier) {
                barrier = run;
                while (barrier < text.length() && RUN_BARRIERS.indexOf(text.charAt(barrier)) < 0) {
                    barrier++;
                }
                lastKeyword = lastKeyword(text, run, barrier);
            }
            boolean bracketMayFollow = barrier < text.length() && OPENERS.indexOf(text.charAt(barrier)) >= 0;
            if ((bracketMayFollow || lastKeyword >= run + 2) && m.region(p, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where the last 牵头 or 负责 lying wholly in text[from, to) starts, or -1. */
    private static int lastKeyword(String text, int from, int to) {
        for (int k = to - 2; k >= from; k--) {
            if (text.startsWith("牵头", k) || text.startsWith("负责", k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The bodies after the lead, clause by clause (市工信委、城乡建设局配合,各县(市)区政府负责落实); a list broken
     * by a comma counts only when every part is a body.
     */
    private static List<Mention> supports(String text, int from) {
        List<Mention> out = new ArrayList<>();
        int at = from;
        // SUPPORT starts with ^ (no MULTILINE) and has no look-around: find() on text.substring(at) can match at its
        // start only, which is lookingAt() in the region from at (anchoring bounds), offsets then being the text's
        Matcher s = SUPPORT.matcher(text);
        while (at < text.length()) {
            if (!s.region(at, text.length()).lookingAt()) {
                break;
            }
            List<Mention> clause = supportClause(s.group(1), s.start(1));
            if (clause.isEmpty()) {
                break;
            }
            out.addAll(clause);
            at = s.end();
        }
        return out;
    }

    private static List<Mention> supportClause(String list, int offset) {
        List<Mention> all = names(list, offset, Role.SUPPORT);
        if (!all.isEmpty()) {
            return all;
        }
        int comma = Math.max(list.lastIndexOf('，'), list.lastIndexOf(','));
        return comma < 0 ? List.of() : names(list.substring(comma + 1), offset + comma + 1, Role.SUPPORT);
    }

    /**
     * {@code DESCRIBES_ARRANGEMENT} found in the text from {@code from} to the clause's end. Every match starts with
     * 的, so without one there is none; the pattern has no anchor or look-around, so find() in the region (opaque
     * bounds) finds what it finds in the substring.
     */
    static boolean describesArrangement(String text, int from) {
        int end = from;
        while (end < text.length() && "。；;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        int of = text.indexOf('的', from);
        return of >= 0 && of < end && DESCRIBES_ARRANGEMENT.matcher(text).region(from, end).find();
    }

    /** All the names of the list, or none when any part is not a body's name. */
    private static List<Mention> names(String list, int offset, Role role) {
        List<Mention> out = new ArrayList<>();
        for (NameList.Item item : NameList.split(list)) {
            if (!BodyShape.isProseName(item.name())) {
                return List.of();
            }
            out.add(new Mention(item.name(), role, offset + item.offset()));
        }
        return out;
    }
}
