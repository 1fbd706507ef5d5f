package org.policykg.extract.citation.relation;

/**
 * What a plain verb means where the mention stands, when no cue decided: the preamble is why the plan
 * exists (basis); under guiding principles a verb of grounds (根据) is a basis, others implement; a review
 * of the past mentions; a task implements, unless its sentence says this document is made on the cited
 * one ({@link MadeHereSentence}). Always answers, so it comes last.
 */
final class PlaceOfMention implements RelationRule {
    @Override
    public CitationRelation relation(CitedAt at) {
        VerbBefore verb = at.verb();
        return switch (at.place()) {
            case PREAMBLE -> CitationRelation.BASIS;
            case GUIDING -> verb.is(VerbBefore.Kind.GROUND) ? CitationRelation.BASIS : CitationRelation.IMPLEMENTS;
            case BACKGROUND -> CitationRelation.MENTIONS;
            case TASK -> verb.kind() != null && !verb.is(VerbBefore.Kind.DRAFT) && MadeHereSentence.is(at.sentence())
                    ? CitationRelation.BASIS : CitationRelation.IMPLEMENTS;
        };
    }
}
