package org.policykg.extract.citation.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.extract.citation.CitationMention;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Outline;

/**
 * Reads why each mention is cited from its clause and its place, in this order:
 * <ol>
 *   <li>a drafting verb before it or after it: PLANNED (加快出台《A》, 推进《A》修编), or MENTIONS when
 *       marked done (已出台《A》);</li>
 *   <li>a standard, index system or level to reach: STANDARD (达到《A排放标准》);</li>
 *   <li>a past standing: MENTIONS (被列入《A》);</li>
 *   <li>the place: BASIS in the preamble or a sentence saying this document is made on it
 *       (根据《A》…制定本方案), BASIS under guiding principles when the verb is one of grounds
 *       (根据/依据/遵照), MENTIONS in a review of the past, else IMPLEMENTS (a task carries it out).</li>
 * </ol>
 * Example: 为贯彻落实《A》，制定本方案。 … 二、主要任务 … 严格落实《A》，2018年底前出台《B》。
 * gives A basis and implements, B planned in 2018.
 */
public final class CitationRelationReader {
    /** The order above; the first rule that answers decides. A new cue is a new {@link RelationRule} listed here. */
    private static final List<RelationRule> RULES = List.of(new DraftingVerbBefore(), new DraftingAfter(),
            new StandardCue(), new AchievementPhrase(), new PlaceOfMention());
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");

    public List<TypedMention> read(NormalizedText text, Outline outline, List<CitationMention> mentions) {
        String t = text.text();
        MentionPlaces places = new MentionPlaces(outline);
        MentionCover cover = new MentionCover(mentions.stream().map(CitationMention::span).toList());
        List<TypedMention> out = new ArrayList<>();
        for (CitationMention m : mentions) {
            ClauseAround clause = ClauseAround.of(t, m.span(), cover);
            Span sentence = text.sentenceAt(m.span().start());
            CitationRelation relation = relation(m, clause, places.at(m.span().start()), t.substring(sentence.start(), sentence.end()));
            Integer year = relation == CitationRelation.PLANNED ? year(t, sentence, m.span()) : null;
            out.add(new TypedMention(m, relation, year));
        }
        return out;
    }

    static CitationRelation relation(CitationMention m, ClauseAround clause, MentionPlace place, String sentence) {
        CitedAt at = new CitedAt(m, clause, place, sentence);
        for (RelationRule rule : RULES) {
            CitationRelation r = rule.relation(at);
            if (r != null) {
                return r;
            }
        }
        throw new IllegalStateException("PlaceOfMention answers for every place");
    }

    /** The year nearest before the mention in its sentence (2017年制定《A》), else the first after it. */
    private static Integer year(String t, Span sentence, Span mention) {
        Integer before = null;
        Integer after = null;
        Matcher m = YEAR.matcher(t).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (m.start() < mention.start()) {
                before = Integer.valueOf(m.group(1));
            } else if (m.start() >= mention.end() && after == null) {
                after = Integer.valueOf(m.group(1));
            }
        }
        return before != null ? before : after;
    }
}
