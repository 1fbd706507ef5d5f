package org.policykg.extract.citation.relation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.extract.citation.CitationKind;
import org.policykg.extract.citation.CitationMention;
import org.policykg.extract.pattern.EndChars;

/**
 * A standard or index system the document complies with: a standard code (GB13223-2011), a title
 * that names a standard, an index or a technical norm (《建设项目用海面积控制指标(试行)》,
 * 《火电厂大气污染物排放标准》), or a level to reach (达到《A》).
 */
final class StandardCue implements RelationRule {
    static final Pattern TITLE = Pattern.compile(
            "(标准|指标|指标体系|标准体系|导则|技术规范|技术规程|技术指南|规范)$");
    /** The last characters of {@link #TITLE}'s words. */
    static final String TITLE_ENDS = "准标系则范程南";
    private static final EndChars TITLE_END = EndChars.ofChars(TITLE_ENDS);
    /** A trailing bracket such as (试行) or (2016年修订), which does not change what the title names. */
    static final Pattern TRAILING_BRACKET = Pattern.compile("[(（〔\\[][^)）〕\\]]*[)）〕\\]]$");
    /** What {@link #TRAILING_BRACKET} must end with. */
    static final String BRACKET_ENDS = ")）〕]";
    private static final EndChars BRACKET_END = EndChars.ofChars(BRACKET_ENDS);
    static final Pattern REACH = Pattern.compile("(达到|符合|满足|优于)[^□]{0,6}$");
    /** Every word of {@link #REACH} holds one of these (its first characters): a text without them cannot match. */
    static final String REACH_CHARS = "达符满优";
    /** What a level to reach is read against: 达到《A》标准, 达到《A》中的排放限值, 达到《A》规定的限值. */
    private static final Pattern LIMIT_AFTER = Pattern.compile("^(的|中的|规定的)?(标准|排放限值|限值|一级|二级|三级|Ⅰ|Ⅱ|Ⅲ|I|II|III)");

    @Override
    public CitationRelation relation(CitedAt at) {
        return isStandard(at.mention(), at.clause()) ? CitationRelation.STANDARD : null;
    }

    private static boolean isStandard(CitationMention mention, ClauseAround clause) {
        if (mention.kind() == CitationKind.STANDARD) {
            return true;
        }
        String title = mention.title() == null ? "" : mention.title().strip();
        Matcher bracket;
        // one matcher a bracket: the text around its match is what replaceFirst("") leaves
        while (BRACKET_END.mayEnd(title) && (bracket = TRAILING_BRACKET.matcher(title)).find()) {
            title = (title.substring(0, bracket.start()) + title.substring(bracket.end())).strip();
        }
        // both patterns are pure, so the anchored LIMIT_AFTER (tried at the start only) may go first
        return TITLE_END.mayEnd(title) && TITLE.matcher(title).find()
                || LIMIT_AFTER.matcher(clause.after()).find()
                        && containsAny(clause.before(), REACH_CHARS) && REACH.matcher(clause.before()).find()
                || clause.after().startsWith("标准");
    }

    /** Whether the text holds one of the characters: a pre-check for a pattern every match of which holds one. */
    static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
