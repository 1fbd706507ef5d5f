package org.policykg.vocab;

/**
 * A measure of the indicator scheme ({@code ontology/vocab/indicators.ttl}).
 *
 * @param iri   e.g. https://w3id.org/policykg/vocab/indicator/pm25-concentration
 * @param label its zh-Hans prefLabel
 * @param theme the IRI of its theme concept (…/vocab/theme/air)
 */
public record IndicatorConcept(String iri, String label, String theme) {
}
