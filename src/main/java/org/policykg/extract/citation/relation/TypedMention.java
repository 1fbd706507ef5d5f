package org.policykg.extract.citation.relation;

import org.policykg.extract.citation.CitationMention;

/**
 * A citation mention with why it is cited.
 *
 * @param mention  the mention, whose span and sentence are the relation's provenance
 * @param relation what the verb around it says
 * @param year     for a planned document, the year the text gives for making it (2018年底前出台《A》), or null
 */
public record TypedMention(CitationMention mention, CitationRelation relation, Integer year) {
}
