package org.policykg.extract.citation.relation;

/**
 * One reading of why a mention is cited, from its clause, its verb or its place. {@link CitationRelationReader}
 * asks its rules in order and the first that answers decides; a new cue is a new class listed there.
 */
interface RelationRule {
    /** The relation this rule reads at the mention, or null when its cue is not there. */
    CitationRelation relation(CitedAt at);
}
