package org.policykg.extract.citation.relation;

/**
 * A drafting verb governs the mention: 加快出台《A》 plans A; 已出台《A》 or 出台了《A》 only mentions it, done.
 * The verb is read by {@link VerbBefore}.
 */
final class DraftingVerbBefore implements RelationRule {
    @Override
    public CitationRelation relation(CitedAt at) {
        if (!at.verb().is(VerbBefore.Kind.DRAFT)) {
            return null;
        }
        return at.verb().achieved() ? CitationRelation.MENTIONS : CitationRelation.PLANNED;
    }
}
