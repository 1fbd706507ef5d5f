package org.policykg.extract.citation.relation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drafting verb right after the title: the cited document is the object of work still to be
 * done on it. Examples: 继续推进《南通港口总体规划》修编工作, 组织对《A》进行修改完善, 做好《A》的编制.
 * 《A》已编制完成 is done, not planned.
 */
final class DraftingAfter implements RelationRule {
    private static final Pattern AFTER = Pattern.compile(
            "^(的|等)?(进行|开展|启动|做好|抓紧|加快|完成)?(已经?)?(修编|修订|修改|编制|制定|制订|起草|编写)");

    /** PLANNED, MENTIONS when marked done, or null when no drafting verb follows. */
    @Override
    public CitationRelation relation(CitedAt at) {
        Matcher m = AFTER.matcher(at.clause().after().strip());
        if (!m.lookingAt()) { // AFTER starts with ^: find() could match nowhere else
            return null;
        }
        return m.group(3) != null ? CitationRelation.MENTIONS : CitationRelation.PLANNED;
    }
}
