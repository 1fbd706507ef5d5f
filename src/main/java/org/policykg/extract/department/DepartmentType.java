package org.policykg.extract.department;

/**
 * A kind of responsible body from the SKOS scheme {@code /ontology/vocab/department-types.ttl}.
 *
 * @param iri     the concept, e.g. https://w3id.org/policykg/vocab/department-type/environment
 * @param labelZh its zh-Hans prefLabel
 * @param labelEn its en prefLabel
 */
public record DepartmentType(String iri, String labelZh, String labelEn) {
    public static final String NAMESPACE = "https://w3id.org/policykg/vocab/department-type/";
    public static final String OTHER = NAMESPACE + "other";

    /** The last segment of the IRI (environment, local-government, other). */
    public String id() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    public boolean isOther() {
        return OTHER.equals(iri);
    }
}
