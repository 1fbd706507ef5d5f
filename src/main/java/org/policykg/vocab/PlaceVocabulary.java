package org.policykg.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.policykg.vocab.Place;

/**
 * The places of {@code /ontology/vocab/places.ttl}: provinces, cities and districts with their labels
 * and 简称. Looking a place up never guesses: a short name shared by two places resolves to nothing.
 */
public final class PlaceVocabulary {
    public static final String RESOURCE = "/ontology/vocab/places.ttl";

    /** One place concept; {@code broader} is the containing place's name or null. */
    public record Entry(String name, String level, String broader, List<String> labels) {
    }

    private static volatile PlaceVocabulary shared;

    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, List<Entry>> byLabel = new HashMap<>();
    private final List<String> labelsLongestFirst;
    /** Made once: every document's place is looked for with them, several times. */
    private final List<String> textLabels;

    public PlaceVocabulary(Model model) {
        Property prefLabel = model.createProperty(VocabularyLoader.SKOS, "prefLabel");
        Property altLabel = model.createProperty(VocabularyLoader.SKOS, "altLabel");
        Property broader = model.createProperty(VocabularyLoader.SKOS, "broader");
        Property level = model.createProperty(VocabularyLoader.PKG, "administrativeLevel");
        model.listSubjectsWithProperty(prefLabel).forEachRemaining(s -> {
            if (!s.hasProperty(level)) {
                return;
            }
            List<String> labels = new ArrayList<>();
            labels.add(s.getProperty(prefLabel).getString());
            s.listProperties(altLabel).forEachRemaining(st -> labels.add(st.getString()));
            Entry entry = new Entry(labels.get(0), localName(s.getPropertyResourceValue(level)),
                    broaderName(s, broader, prefLabel), List.copyOf(labels));
            byName.put(entry.name(), entry);
            labels.forEach(l -> byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(entry));
        });
        labelsLongestFirst = byLabel.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        textLabels = labelsLongestFirst.stream().filter(l -> l.length() >= 2).toList();
    }

    public static PlaceVocabulary shared() {
        if (shared == null) {
            synchronized (PlaceVocabulary.class) {
                if (shared == null) {
                    shared = new PlaceVocabulary(VocabularyLoader.load(RESOURCE));
                }
            }
        }
        return shared;
    }

    public Optional<Entry> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The one place with this label (name, spelling or 简称); empty when none or ambiguous. */
    public Optional<Entry> byLabel(String label) {
        List<Entry> entries = byLabel.getOrDefault(label, List.of());
        return entries.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    /** Labels of at least two characters, longest first: what a text may name a place by. */
    public List<String> textLabels() {
        return textLabels;
    }

    /** The entry as a {@link Place}: itself, its city and its province, found along skos:broader. */
    public Place toPlace(Entry entry) {
        String city = null;
        String province = null;
        for (Entry e = entry; e != null; e = e.broader() == null ? null : byName.get(e.broader())) {
            if (city == null && e.level().equals("municipal")) {
                city = e.name();
            }
            if (province == null && e.level().equals("provincial")) {
                province = e.name();
                city = city == null && e.name().endsWith("市") ? e.name() : city;
            }
        }
        return new Place(entry.name(), city, province, entry.level());
    }

    private static String broaderName(Resource s, Property broader, Property prefLabel) {
        Resource b = s.getPropertyResourceValue(broader);
        Statement label = b == null ? null : b.getProperty(prefLabel);
        return label == null ? null : label.getString();
    }

    private static String localName(RDFNode node) {
        return node == null ? "unknown" : VocabularyLoader.localName(node.asResource().getURI());
    }
}
