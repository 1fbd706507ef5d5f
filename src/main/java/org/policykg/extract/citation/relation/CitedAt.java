package org.policykg.extract.citation.relation;

import org.policykg.extract.citation.CitationMention;

/**
 * A mention with what the relation rules read around it.
 *
 * @param mention  the citation
 * @param clause   its clause, other citations in it replaced
 * @param verb     the verb governing it in the clause before it
 * @param place    where in the document it stands
 * @param sentence its sentence
 */
record CitedAt(CitationMention mention, ClauseAround clause, VerbBefore verb, MentionPlace place, String sentence) {
    CitedAt(CitationMention mention, ClauseAround clause, MentionPlace place, String sentence) {
        this(mention, clause, VerbBefore.in(clause.before()), place, sentence);
    }
}
