package org.policykg.vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Maps a unit as written in a plan (微克/立方米, μg/m³, 万亩, 个) to its IRI: a QUDT unit where QUDT has
 * it, else an own term under {@code https://w3id.org/policykg/vocab/unit/}. The written forms are the
 * prefLabels and altLabels of {@code ontology/vocab/units.ttl}.
 */
public final class UnitVocabulary {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    public static final String RESOURCE = "/ontology/vocab/units.ttl";

    private final Map<String, String> iriByForm;
    private final Map<String, Boolean> countByIri;

    private UnitVocabulary(Map<String, String> iriByForm, Map<String, Boolean> countByIri) {
        this.iriByForm = Map.copyOf(iriByForm);
        this.countByIri = Map.copyOf(countByIri);
    }

    public static UnitVocabulary load() {
        Model model = VocabularyLoader.load(RESOURCE);
        Map<String, String> forms = new HashMap<>();
        Map<String, Boolean> counts = new HashMap<>();
        Property count = model.createProperty(VocabularyLoader.PKG, "countUnit");
        for (String p : List.of("prefLabel", "altLabel")) {
            for (Statement st : model.listStatements(null, model.createProperty(VocabularyLoader.SKOS, p), (String) null).toList()) {
                Resource unit = st.getSubject();
                forms.putIfAbsent(normalize(st.getString()), unit.getURI());
                counts.put(unit.getURI(), unit.hasLiteral(count, true));
            }
        }
        return new UnitVocabulary(forms, counts);
    }

    /** The unit's IRI, or empty when the vocabulary does not know the written form. */
    public Optional<String> iri(String written) {
        return written == null || written.isBlank() ? Optional.empty() : Optional.ofNullable(iriByForm.get(normalize(written)));
    }

    /** Whether the unit counts things (个, 项, 条) rather than measuring a quantity. */
    public boolean isCount(String iri) {
        return countByIri.getOrDefault(iri, false);
    }

    /** Spacing, width, superscripts and 每 (per) do not change a unit: m ³ / 万元 = m3/万元 = 立方米每万元's form. */
    static String normalize(String written) {
        return SPACE.matcher(written).replaceAll("")
                .replace('³', '3').replace('²', '2').replace('µ', 'μ').replace('％', '%').replace('每', '/')
                .toLowerCase(Locale.ROOT);
    }
}
