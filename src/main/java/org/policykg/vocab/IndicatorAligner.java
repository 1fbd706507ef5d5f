package org.policykg.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Aligns a target's label to a concept of the indicator scheme, so that one city's 平原林木覆盖率 and
 * another's 林木覆盖率 are the same measure. Labels are rewritten (单位地区生产总值 → 单位GDP) and
 * stripped of punctuation; a label aligns to the concept whose label it contains, the longest such
 * label winning, unless it holds one of the concept's excluded words. A tie between two concepts,
 * or no match, leaves the target with its own label.
 */
public final class IndicatorAligner {
    private static final Pattern NOT_IN_KEY = Pattern.compile("[\\s\\p{Punct}《》“”‘’（）〔〕【】、，。：；·—－]");
    public static final String RESOURCE = "/ontology/vocab/indicators.ttl";

    private record Form(String key, IndicatorConcept concept, List<String> excluded) {
    }

    private record Rewrite(String from, String to) {
    }

    private final List<Rewrite> rewrites;
    private final List<Form> forms;

    private IndicatorAligner(List<Rewrite> rewrites, List<Form> forms) {
        this.rewrites = rewrites;
        this.forms = forms;
    }

    public static IndicatorAligner load() {
        Model model = VocabularyLoader.load(RESOURCE);
        List<Rewrite> rewrites = rewrites(model);
        IndicatorAligner keyOnly = new IndicatorAligner(rewrites, List.of());
        List<Form> forms = new ArrayList<>();
        Resource scheme = model.createResource("https://w3id.org/policykg/vocab/indicator");
        Property inScheme = model.createProperty(VocabularyLoader.SKOS, "inScheme");
        Property theme = model.createProperty(VocabularyLoader.PKG, "theme");
        for (Resource c : model.listSubjectsWithProperty(inScheme, scheme).toList()) {
            if (c.hasProperty(theme)) {
                forms.addAll(formsOf(model, c, keyOnly));
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> f.key().length()).reversed());
        return new IndicatorAligner(rewrites, List.copyOf(forms));
    }

    /** The concept the label names, or empty when none (or more than one equally well) does. */
    public Optional<IndicatorConcept> align(String label) {
        String key = key(label);
        Form best = null;
        for (Form f : forms) {
            if (best != null && f.key().length() < best.key().length()) {
                break;
            }
            if (key.contains(f.key()) && f.excluded().stream().noneMatch(key::contains)) {
                if (best != null && !best.concept().equals(f.concept())) {
                    return Optional.empty();
                }
                best = f;
            }
        }
        return Optional.ofNullable(best).map(Form::concept);
    }

    /** All concepts of the scheme (without themes). */
    public List<IndicatorConcept> concepts() {
        return forms.stream().map(Form::concept).distinct().toList();
    }

    String key(String label) {
        String s = label;
        for (Rewrite r : rewrites) {
            s = s.replace(r.from(), r.to());
        }
        return NOT_IN_KEY.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static List<Form> formsOf(Model model, Resource c, IndicatorAligner keyOnly) {
        Property pref = model.createProperty(VocabularyLoader.SKOS, "prefLabel");
        Property alt = model.createProperty(VocabularyLoader.SKOS, "altLabel");
        Property theme = model.createProperty(VocabularyLoader.PKG, "theme");
        Property excludedWord = model.createProperty(VocabularyLoader.PKG, "excludedWord");
        IndicatorConcept concept = new IndicatorConcept(c.getURI(), zh(c, pref),
                c.getPropertyResourceValue(theme).getURI());
        List<String> excluded = c.listProperties(excludedWord).mapWith(st -> keyOnly.key(st.getString())).toList();
        List<Form> out = new ArrayList<>();
        for (Statement st : c.listProperties(pref).andThen(c.listProperties(alt)).toList()) {
            if ("zh-Hans".equals(st.getLanguage())) {
                out.add(new Form(keyOnly.key(st.getString()), concept, excluded));
            }
        }
        return out;
    }

    private static String zh(Resource c, Property pref) {
        return c.listProperties(pref).toList().stream().filter(st -> "zh-Hans".equals(st.getLanguage()))
                .map(Statement::getString).findFirst().orElse(c.getLocalName());
    }

    /** Rewrites longest first, so that 细颗粒物(PM2.5) is rewritten before 细颗粒物. */
    private static List<Rewrite> rewrites(Model model) {
        Property rewrite = model.createProperty(VocabularyLoader.PKG, "labelRewrite");
        Property from = model.createProperty(VocabularyLoader.PKG, "from");
        Property to = model.createProperty(VocabularyLoader.PKG, "to");
        List<Rewrite> out = new ArrayList<>();
        for (RDFNode n : model.listObjectsOfProperty(rewrite).toList()) {
            Resource r = n.asResource();
            out.add(new Rewrite(r.getProperty(from).getString(), r.getProperty(to).getString()));
        }
        out.sort(Comparator.comparingInt((Rewrite r) -> r.from().length()).reversed());
        return List.copyOf(out);
    }
}
