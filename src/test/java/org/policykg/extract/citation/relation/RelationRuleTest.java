package org.policykg.extract.citation.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.policykg.extract.citation.CitationKind;
import org.policykg.extract.citation.CitationMention;
import org.policykg.normalize.Span;

/**
 * Each {@link RelationRule} on its own, on one sentence written for the test with the cited 《A》 in it:
 * what it answers where its cue is written, and that it stays silent (null) elsewhere so the next rule
 * is asked.
 */
@DisplayName("Relation rules, one by one")
class RelationRuleTest {
    /** The mention of the first 《…》 in the sentence, standing at the given place. */
    private static CitedAt at(String sentence, MentionPlace place) {
        int start = sentence.indexOf('《');
        int end = sentence.indexOf('》', start) + 1;
        Span span = new Span(start, end);
        CitationMention m = new CitationMention(null, sentence.substring(start + 1, end - 1), CitationKind.TITLED, span);
        return new CitedAt(m, ClauseAround.of(sentence, span, List.of(span)), place, sentence);
    }

    private static CitedAt inTask(String sentence) {
        return at(sentence, MentionPlace.TASK);
    }

    @Nested
    @DisplayName("DraftingVerbBefore: a drafting verb governs the mention")
    class DraftingBefore {
        @Test
        @DisplayName("加快出台《A》 plans A; 已出台《A》 only mentions it; 落实《A》 is not its cue")
        void draftingVerb() {
            RelationRule rule = new DraftingVerbBefore();
            assertThat(rule.relation(inTask("加快出台《某县河道管理办法》。"))).isEqualTo(CitationRelation.PLANNED);
            assertThat(rule.relation(inTask("我县已出台《某县河道管理办法》。"))).isEqualTo(CitationRelation.MENTIONS);
            assertThat(rule.relation(inTask("严格落实《某县河道管理办法》。"))).isNull();
        }
    }

    @Nested
    @DisplayName("DraftingAfter: a drafting verb right after the title")
    class DraftingAfterTitle {
        @Test
        @DisplayName("推进《A》修编工作 plans A; 《A》已编制完成 is done")
        void draftingAfter() {
            RelationRule rule = new DraftingAfter();
            assertThat(rule.relation(inTask("继续推进《某县城乡总体规划》修编工作。"))).isEqualTo(CitationRelation.PLANNED);
            assertThat(rule.relation(inTask("《某县城乡总体规划》已编制完成。"))).isEqualTo(CitationRelation.MENTIONS);
            assertThat(rule.relation(inTask("严格执行《某县城乡总体规划》。"))).isNull();
        }
    }

    @Nested
    @DisplayName("StandardCue: a standard, an index or a level to reach")
    class Standard {
        @Test
        @DisplayName("《…排放标准》 by its title, 达到《A》一级 by the level; a plain plan is none")
        void standardCues() {
            RelationRule rule = new StandardCue();
            assertThat(rule.relation(inTask("严格执行《某省城镇污水处理厂排放标准》。"))).isEqualTo(CitationRelation.STANDARD);
            assertThat(rule.relation(inTask("出水水质达到《某省水污染物排放限值》一级。"))).isEqualTo(CitationRelation.STANDARD);
            assertThat(rule.relation(inTask("严格落实《某县农村污水治理规划》。"))).isNull();
        }
    }

    @Nested
    @DisplayName("AchievementPhrase: a past standing or a deed done")
    class PastStanding {
        @Test
        @DisplayName("被列入《A》 and 已落实《A》 mention A; 落实《A》 is work to do")
        void pastStanding() {
            RelationRule rule = new AchievementPhrase();
            assertThat(rule.relation(inTask("我县被列入《全国生态示范县名单》。"))).isEqualTo(CitationRelation.MENTIONS);
            assertThat(rule.relation(inTask("我县已落实《某县河长制方案》。"))).isEqualTo(CitationRelation.MENTIONS);
            assertThat(rule.relation(inTask("认真落实《某县河长制方案》。"))).isNull();
        }
    }

    @Nested
    @DisplayName("PlaceOfMention: where it stands, when no cue decided")
    class Place {
        private final RelationRule rule = new PlaceOfMention();

        @Test
        @DisplayName("落实《A》 is a basis in the preamble, work in a task, a mention in a review of the past")
        void samePhraseByPlace() {
            String s = "认真落实《某县河长制方案》。";
            assertThat(rule.relation(at(s, MentionPlace.PREAMBLE))).isEqualTo(CitationRelation.BASIS);
            assertThat(rule.relation(at(s, MentionPlace.TASK))).isEqualTo(CitationRelation.IMPLEMENTS);
            assertThat(rule.relation(at(s, MentionPlace.BACKGROUND))).isEqualTo(CitationRelation.MENTIONS);
        }

        @Test
        @DisplayName("under guiding principles only a verb of grounds (根据) makes a basis")
        void guiding() {
            assertThat(rule.relation(at("根据《某县河长制方案》，统筹推进。", MentionPlace.GUIDING))).isEqualTo(CitationRelation.BASIS);
            assertThat(rule.relation(at("落实《某县河长制方案》，统筹推进。", MentionPlace.GUIDING))).isEqualTo(CitationRelation.IMPLEMENTS);
        }

        @Test
        @DisplayName("in a task, a sentence saying this plan is made on A makes A a basis")
        void madeHereInATask() {
            assertThat(rule.relation(inTask("根据《某县河长制方案》，结合我县实际，制定本方案。"))).isEqualTo(CitationRelation.BASIS);
        }
    }
}
