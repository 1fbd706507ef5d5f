package org.policykg.extract.citation.relation;

import java.util.regex.Pattern;

/**
 * The clause tells a past event or a standing rather than work or grounds: 被列入《A》,
 * 荣获…称号, 获批, or its verb is marked done (已落实《A》). Example: 我市被列入《全国生态文明先行示范区名单》
 * only mentions the list.
 */
final class AchievementPhrase implements RelationRule {
    private static final Pattern BEFORE = Pattern.compile("(被列入|被纳入|被评为|被确定为|列入了|纳入了|荣获|获批|入选|已列入|已纳入)[^□]{0,8}$");

    @Override
    public CitationRelation relation(CitedAt at) {
        return BEFORE.matcher(at.clause().before()).find() || at.verb().achieved() ? CitationRelation.MENTIONS : null;
    }
}
