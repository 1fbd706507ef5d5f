package org.policykg.structure.number;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.policykg.vocab.PlaceVocabulary;
import org.policykg.vocab.VocabularyLoader;

/**
 * Who issues under a 机关代字, from {@code /ontology/vocab/issuer-codes.ttl}. A prefix listed there is
 * known exactly. Otherwise its leading 简称 (苏 → 江苏省, 通 → 南通市, from places.ttl) tells the level
 * and place but not the body. Anything else is unknown: it is remembered and reported by
 * {@link #unknownPrefixes()}, never guessed.
 */
public final class IssuerCodes {
    public static final String RESOURCE = "/ontology/vocab/issuer-codes.ttl";

    public enum Resolution { EXACT, BY_SHORT_NAME, UNKNOWN }

    /**
     * What is known of a prefix.
     *
     * @param bodyName the issuing body, null unless resolved EXACT
     * @param level    national, provincial, municipal or district; null when UNKNOWN
     * @param place    the place's name as in places.ttl; null when UNKNOWN
     */
    public record Issuer(String prefix, String bodyName, String level, String place, Resolution resolution) {
        public boolean known() {
            return resolution != Resolution.UNKNOWN;
        }
    }

    private static volatile IssuerCodes shared;

    private final Map<String, Issuer> exact = new HashMap<>();
    private final PlaceVocabulary places;
    private final Set<String> unknown = new TreeSet<>();

    public IssuerCodes(Model codes, PlaceVocabulary places) {
        this.places = places;
        Property notation = codes.createProperty(VocabularyLoader.SKOS, "notation");
        Property body = codes.createProperty(VocabularyLoader.PKG, "issuingBodyName");
        Property level = codes.createProperty(VocabularyLoader.PKG, "administrativeLevel");
        Property spatial = codes.createProperty(VocabularyLoader.DCTERMS, "spatial");
        codes.listSubjectsWithProperty(notation).forEachRemaining(s -> {
            String prefix = s.getProperty(notation).getString();
            exact.put(prefix, new Issuer(prefix, string(s.getProperty(body)), local(s.getPropertyResourceValue(level)),
                    local(s.getPropertyResourceValue(spatial)), Resolution.EXACT));
        });
    }

    public static IssuerCodes shared() {
        if (shared == null) {
            synchronized (IssuerCodes.class) {
                if (shared == null) {
                    shared = new IssuerCodes(VocabularyLoader.load(RESOURCE), PlaceVocabulary.shared());
                }
            }
        }
        return shared;
    }

    public Issuer lookup(String prefix) {
        Issuer known = exact.get(prefix);
        if (known != null) {
            return known;
        }
        Optional<Issuer> inferred = byShortName(prefix);
        if (inferred.isPresent()) {
            return inferred.get();
        }
        synchronized (unknown) {
            unknown.add(prefix);
        }
        return new Issuer(prefix, null, null, null, Resolution.UNKNOWN);
    }

    /** Prefixes looked up so far that neither the vocabulary nor a 简称 could place: to add to the data. */
    public Set<String> unknownPrefixes() {
        synchronized (unknown) {
            return Set.copyOf(unknown);
        }
    }

    /** Longest leading 简称 first (two characters, then one), accepted only when it names one place. */
    private Optional<Issuer> byShortName(String prefix) {
        for (int n = Math.min(2, prefix.length() - 1); n >= 1; n--) {
            Optional<PlaceVocabulary.Entry> place = places.byLabel(prefix.substring(0, n));
            if (place.isPresent()) {
                PlaceVocabulary.Entry e = place.get();
                return Optional.of(new Issuer(prefix, null, e.level(), e.name(), Resolution.BY_SHORT_NAME));
            }
        }
        return Optional.empty();
    }

    private static String string(Statement st) {
        return st == null ? null : st.getString();
    }

    private static String local(Resource r) {
        return r == null ? null : VocabularyLoader.localName(r.getURI());
    }
}
