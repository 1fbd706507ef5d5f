package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies in an unlabelled bracket that closes a task: …建立长效机制。（市环保局、市发改委） or
 * （市水利局负责）. Read like a 责任部门 list: the first body leads, the rest support. Every part must
 * have the shape of a body, so (试行) or (2018-2020年) is no list.
 */
final class TrailingBracket {
    private static final Pattern LAST = Pattern.compile("[(（]([^()（）]{2,120})(负责|牵头|落实|实施)?[)）][\\s。；;.]*$");

    List<Mention> find(String text) {
        Matcher m = LAST.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        List<NameList.Item> items = NameList.split(m.group(1));
        boolean marked = items.stream().anyMatch(NameList.Item::markedLead);
        for (NameList.Item item : items) {
            if (!BodyShape.isProseName(item.name())) {
                return List.of();
            }
            Role role = item.markedLead() || !marked && out.isEmpty() ? Role.LEAD : Role.SUPPORT;
            out.add(new Mention(item.name(), role, m.start(1) + item.offset()));
        }
        return out;
    }
}
