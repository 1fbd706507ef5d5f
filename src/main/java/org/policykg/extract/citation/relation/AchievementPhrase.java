package org.policykg.extract.citation.relation;

import java.util.regex.Pattern;

/**
 * The clause tells a past event or a standing rather than work or grounds: 被列入《A》,
 * 荣获…称号, 获批. Example: 我市被列入《全国生态文明先行示范区名单》 only mentions the list.
 */
public final class AchievementPhrase {
    private static final Pattern BEFORE = Pattern.compile("(被列入|被纳入|被评为|被确定为|列入了|纳入了|荣获|获批|入选|已列入|已纳入)[^□]{0,8}$");

    private AchievementPhrase() {
    }

    public static boolean in(ClauseAround clause) {
        return BEFORE.matcher(clause.before()).find();
    }
}
