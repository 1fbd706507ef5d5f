package org.policykg.extract.citation.relation;

import java.util.regex.Pattern;

/**
 * The clause tells a past event or a standing rather than work or grounds: 被列入《A》,
 * 荣获…称号, 获批, or its verb is marked done (已落实《A》). Example: 我市被列入《全国生态文明先行示范区名单》
 * only mentions the list.
 */
final class AchievementPhrase implements RelationRule {
    static final Pattern BEFORE = Pattern.compile("(被列入|被纳入|被评为|被确定为|列入了|纳入了|荣获|获批|入选|已列入|已纳入)[^□]{0,8}$");
    /** Every word of {@link #BEFORE} holds one of these: a text without them cannot match. */
    static final String BEFORE_CHARS = "入为获";

    @Override
    public CitationRelation relation(CitedAt at) {
        String before = at.clause().before();
        boolean listed = StandardCue.containsAny(before, BEFORE_CHARS) && BEFORE.matcher(before).find();
        return listed || at.verb().achieved() ? CitationRelation.MENTIONS : null;
    }
}
