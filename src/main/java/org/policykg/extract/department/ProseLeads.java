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
    private static final Pattern LEAD = Pattern.compile("(由)?(" + NAME_RUN + "{2,60}?)(牵头|负责)");
    /** Supports follow the lead: 配合/参与/协助, or 按职责分工负责/落实 for the bodies named after the lead. */
    private static final Pattern SUPPORT = Pattern.compile("^[，,、]?((?:" + NAME_RUN + "|[，,]){2,100}?)(等(有关|相关)?(部门|单位)?)?"
            + "(配合|参与|协助|协同|参加|(按职责)?(分工)?(负责|落实)|共同(推进|负责|落实))");
    private static final Pattern DESCRIBES_ARRANGEMENT = Pattern.compile("的[^，,。；;]{0,8}(体系|机制|格局|制度|模式|网络)");

    @Override
    public List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        // every match holds 牵头 or 负责; without them the name run would be tried at every character for nothing
        if (!text.contains("牵头") && !text.contains("负责")) {
            return out;
        }
        Matcher m = LEAD.matcher(text);
        while (m.find()) {
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
     * The bodies after the lead, clause by clause (市工信委、城乡建设局配合,各县(市)区政府负责落实); a list broken
     * by a comma counts only when every part is a body.
     */
    private static List<Mention> supports(String text, int from) {
        List<Mention> out = new ArrayList<>();
        int at = from;
        while (at < text.length()) {
            Matcher s = SUPPORT.matcher(text.substring(at));
            if (!s.find()) {
                break;
            }
            List<Mention> clause = supportClause(s.group(1), at + s.start(1));
            if (clause.isEmpty()) {
                break;
            }
            out.addAll(clause);
            at += s.end();
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

    private static boolean describesArrangement(String text, int from) {
        int end = from;
        while (end < text.length() && "。；;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return DESCRIBES_ARRANGEMENT.matcher(text.substring(from, end)).find();
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
