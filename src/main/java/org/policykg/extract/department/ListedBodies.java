package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The bodies of one written list under a label (the list after 牵头单位：, the cell of a 责任部门 column),
 * each with the role the label gives it. Under a 责任 label the first body leads, unless the leads are
 * named elsewhere (another label of the clause, a lead column of the table) or the list marks its own.
 */
final class ListedBodies {
    /** What reading does at an item that does not look like a body. */
    enum AtNonBody {
        /** In running text the list has then run into prose (a deadline, a sentence): nothing after it is a body. */
        STOP,
        /** A table cell holds the list and nothing else, so an odd item does not end it. */
        SKIP
    }

    private ListedBodies() {
    }

    static List<Mention> read(String list, Label label, boolean leadsNamedElsewhere, Predicate<String> isBody,
                              AtNonBody atNonBody) {
        List<NameList.Item> items = NameList.split(list);
        // A list that marks its lead (市环保局（牵头）) says so itself: its first body is then no lead by position.
        boolean hasLead = leadsNamedElsewhere || items.stream().anyMatch(NameList.Item::markedLead);
        List<Mention> out = new ArrayList<>();
        for (NameList.Item item : items) {
            if (isBody.test(item.name())) {
                out.add(new Mention(item.name(), role(label, out.isEmpty(), hasLead, item.markedLead()), item.offset()));
            } else if (atNonBody == AtNonBody.STOP) {
                break;
            }
        }
        return out;
    }

    private static Role role(Label label, boolean first, boolean hasLead, boolean markedLead) {
        if (markedLead || label == Label.LEAD) {
            return Role.LEAD;
        }
        if (label == Label.SUPPORT || hasLead) {
            return Role.SUPPORT;
        }
        return first ? Role.LEAD : Role.SUPPORT;
    }
}
