package org.policykg.extract.department;

import org.policykg.vocab.VocabularyLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The abbreviations of department names (环保局 ↔ 环境保护局, 发改委 ↔ 发展和改革委员会), read from
 * {@code /ontology/vocab/department-aliases.ttl}: a concept's zh-Hans prefLabel is the full form, its
 * altLabels the abbreviations.
 */
public final class DepartmentAliases {
    public static final String RESOURCE = "/ontology/vocab/department-aliases.ttl";

    /** Abbreviation → full form, longest abbreviation first so that the most specific one applies. */
    private final Map<String, String> toFull;

    public DepartmentAliases() {
        this(VocabularyLoader.load(RESOURCE));
    }

    DepartmentAliases(Model model) {
        Map<String, String> map = new LinkedHashMap<>();
        Property pref = model.createProperty(VocabularyLoader.SKOS, "prefLabel");
        Property alt = model.createProperty(VocabularyLoader.SKOS, "altLabel");
        for (Statement s : model.listStatements(null, alt, (Resource) null).toList()) {
            String full = zh(s.getSubject(), pref);
            String abbreviation = s.getString();
            if (full != null) {
                map.put(abbreviation, full);
                // A 局's abbreviation also abbreviates its branch: 环保分局 = 环境保护分局.
                if (abbreviation.endsWith("局") && full.endsWith("局")) {
                    map.put(strip(abbreviation) + "分局", strip(full) + "分局");
                }
            }
        }
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        toFull = new LinkedHashMap<>();
        keys.forEach(k -> toFull.put(k, map.get(k)));
    }

    private static String strip(String s) {
        return s.substring(0, s.length() - 1);
    }

    private static String zh(Resource r, Property p) {
        return r.listProperties(p).toList().stream().filter(s -> s.getLanguage().startsWith("zh"))
                .map(Statement::getString).findFirst().orElse(null);
    }

    /** The name with an abbreviation at its end written in full (市环保局 → 市环境保护局); unchanged otherwise. */
    public String expand(String name) {
        for (Map.Entry<String, String> e : toFull.entrySet()) {
            if (name.endsWith(e.getKey())) {
                return name.substring(0, name.length() - e.getKey().length()) + e.getValue();
            }
        }
        return name;
    }
}
