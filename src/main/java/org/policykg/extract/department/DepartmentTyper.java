package org.policykg.extract.department;

import org.policykg.vocab.VocabularyLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Types a body by its name with the rules of {@code /ontology/vocab/department-types.ttl}: each type's
 * {@code pkg:namePattern} keywords are looked for in the name as written and in full (经发局 →
 * 经济发展局) when the name as written has none. A Chinese name ends in its head, so among matching keywords the one ending last wins
 * (规划建设局 is construction, 水务集团 an enterprise), the longer one on a tie. A name no keyword
 * matches is {@code other}; {@link #untyped} lists those for review.
 */
public final class DepartmentTyper {
    public static final String RESOURCE = "/ontology/vocab/department-types.ttl";

    private final Map<String, DepartmentType> types = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    /**
     * The rules by their keyword's first character, each list in rule order: a keyword can only occur in a name
     * holding its first character, so only those rules are tried. Null when a keyword is empty (it occurs in
     * every name), and then every rule is tried.
     */
    private final Map<Character, List<Rule>> rulesByFirst;
    private final DepartmentAliases aliases;

    private record Rule(String keyword, DepartmentType type) {
    }

    /** Where a keyword matched: the end of the match decides, then its length. */
    private record Hit(Rule rule, int end) {
        boolean beats(Hit other) {
            return other == null || end > other.end
                    || end == other.end && rule.keyword().length() > other.rule.keyword().length();
        }
    }

    public DepartmentTyper() {
        this(VocabularyLoader.load(RESOURCE), new DepartmentAliases());
    }

    DepartmentTyper(Model model, DepartmentAliases aliases) {
        this.aliases = aliases;
        Property pref = model.createProperty(VocabularyLoader.SKOS, "prefLabel");
        Property pattern = model.createProperty(VocabularyLoader.PKG, "namePattern");
        Property inScheme = model.createProperty(VocabularyLoader.SKOS, "inScheme");
        for (Resource concept : model.listSubjectsWithProperty(inScheme).toList()) {
            DepartmentType type = new DepartmentType(concept.getURI(), label(concept, pref, "zh"), label(concept, pref, "en"));
            types.put(type.iri(), type);
            concept.listProperties(pattern).forEach(s -> rules.add(new Rule(s.getString(), type)));
        }
        if (!types.containsKey(DepartmentType.OTHER)) {
            throw new IllegalStateException("department types need " + DepartmentType.OTHER);
        }
        rulesByFirst = byFirstCharacter(rules);
    }

    private static Map<Character, List<Rule>> byFirstCharacter(List<Rule> rules) {
        Map<Character, List<Rule>> out = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.keyword().isEmpty()) {
                return null;
            }
            out.computeIfAbsent(rule.keyword().charAt(0), c -> new ArrayList<>()).add(rule);
        }
        return out;
    }

    private static String label(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().filter(s -> s.getLanguage().startsWith(lang))
                .map(Statement::getString).findFirst().orElse(r.getLocalName());
    }

    public DepartmentType type(String name) {
        return type(name, false);
    }

    /** As {@link #type}, trying every rule for every name: the plain search, for tests to hold the index to. */
    DepartmentType typeTryingEveryRule(String name) {
        return type(name, true);
    }

    private DepartmentType type(String name, boolean everyRule) {
        // The name as written first: a full form may end in a generic head (农办 → 农村工作办公室).
        Hit best = everyRule ? bestHit(name, rules, null) : bestHit(name);
        if (best == null) {
            String full = aliases.expand(name);
            best = everyRule ? bestHit(full, rules, null) : bestHit(full);
        }
        return best == null ? types.get(DepartmentType.OTHER) : best.rule().type();
    }

    /**
     * The best hit of all rules, trying only the rules whose keyword starts with a character of the name. The same
     * hit wins by construction: a rule left out has no hit, and the order the groups are tried in cannot matter,
     * since two hits tie (same end, same length) only when their keywords are one string, whose rules share a
     * group and keep their order in it, as the first of them wins in both.
     */
    private Hit bestHit(String name) {
        if (rulesByFirst == null) {
            return bestHit(name, rules, null);
        }
        Hit best = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            List<Rule> group = name.indexOf(c) == i ? rulesByFirst.get(c) : null;
            if (group != null) {
                best = bestHit(name, group, best);
            }
        }
        return best;
    }

    private static Hit bestHit(String name, List<Rule> rules, Hit best) {
        for (Rule rule : rules) {
            int at = name.lastIndexOf(rule.keyword());
            if (at >= 0) {
                Hit hit = new Hit(rule, at + rule.keyword().length() - name.length());
                if (hit.beats(best)) {
                    best = hit;
                }
            }
        }
        return best;
    }

    /** The names among {@code names} no rule types, for someone to add a keyword or an abbreviation. */
    public List<String> untyped(Collection<String> names) {
        return names.stream().distinct().filter(n -> type(n).isOther()).toList();
    }

    /** All types of the scheme, {@code other} included. */
    public Collection<DepartmentType> types() {
        return List.copyOf(types.values());
    }
}
