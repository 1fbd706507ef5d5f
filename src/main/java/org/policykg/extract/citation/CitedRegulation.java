package org.policykg.extract.citation;

import java.util.List;

/**
 * One distinct document cited, however many times and ways it is mentioned.
 *
 * @param number   its number if any mention gives one
 * @param title    its title as first spelled, if any mention gives one
 * @param titleKey the title's {@link RegulationKey#title} (what names a regulation cited by title alone), null
 *                 without a title: worked out once here, for extraction and for minting the regulation's IRI
 * @param kind     STANDARD if any mention names it a standard, else NUMBERED if numbered, else TITLED
 * @param mentions the mentions, in text order
 */
public record CitedRegulation(String number, String title, String titleKey, CitationKind kind, List<CitationMention> mentions) {
}
