package org.policykg.extract.citation.relation;

import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;

/**
 * The clause tells a past event or a standing rather than work or grounds: 被列入《A》,
 * 荣获…称号, 获批, or its verb is marked done (已落实《A》). Example: 我市被列入《全国生态文明先行示范区名单》
 * only mentions the list.
 */
final class AchievementPhrase implements RelationRule {
    static final String BEFORE_WORDS = "被列入|被纳入|被评为|被确定为|列入了|纳入了|荣获|获批|入选|已列入|已纳入";
    /** The most characters {@link #BEFORE} allows after its word. */
    private static final int AFTER_WORD = 8;
    static final Pattern BEFORE = Pattern.compile("(" + BEFORE_WORDS + ")[^□]{0," + AFTER_WORD + "}$");
    /** A match of {@link #BEFORE} starts in the text's last few characters: only they are searched. */
    static final EndChars BEFORE_TAIL = EndChars.bounded(BEFORE_WORDS).thenAtMost(AFTER_WORD);
    /** Every word of {@link #BEFORE} holds one of these: a text without them cannot match. */
    static final String BEFORE_CHARS = "入为获";

    @Override
    public CitationRelation relation(CitedAt at) {
        String before = at.clause().before();
        boolean listed = StandardCue.containsAny(before, BEFORE_CHARS) && BEFORE_TAIL.tailMatcher(BEFORE, before).find();
        return listed || at.verb().achieved() ? CitationRelation.MENTIONS : null;
    }
}
