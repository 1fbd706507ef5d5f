package org.policykg.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values a saved-query parameter can take, read from the store by the parameter's name: the
 * indicator concepts, themes, cities, places and cited regulations the graph holds. Each value has a
 * short name (the last segment of its IRI, as the pages use it), labels and other spellings, so a
 * person can give {@code concept=tree-cover} or {@code city=南通} instead of a whole IRI.
 */
public final class KnownValues {
    /** One value: what is bound ({@code value}), its short name, its label and every other name it answers to. */
    public record Value(String value, String name, String label, List<String> aliases) {
    }

    private static final String PREFIXES = """
            PREFIX pkg:     <https://w3id.org/policykg/ontology#>
            PREFIX eli:     <http://data.europa.eu/eli/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String LABELLED = """
            SELECT DISTINCT ?value ?label ?alias WHERE {
              %s
              OPTIONAL { ?value skos:prefLabel ?label FILTER (langMatches(lang(?label), "zh-Hans")) }
              OPTIONAL { ?value skos:prefLabel|skos:altLabel ?alias }
            } ORDER BY ?value""";
    private static final String REGULATIONS = """
            SELECT DISTINCT ?value ?label ?alias WHERE {
              ?doc eli:cites ?value .
              OPTIONAL { ?value eli:id_local ?label }
              OPTIONAL { ?value eli:title ?alias }
            } ORDER BY ?value""";
    private static final String NUMBERS = """
            SELECT DISTINCT ?value ?label ?alias WHERE {
              ?doc eli:cites ?r . ?r eli:id_local ?value .
              OPTIONAL { ?r eli:title ?label FILTER (langMatches(lang(?label), "zh-Hans")) }
              OPTIONAL { ?r eli:title ?alias }
            } ORDER BY ?value""";
    /** Which values each parameter name takes; a parameter not named here takes any value of its type. */
    private static final Map<String, String> QUERIES = Map.of(
            "concept", LABELLED.formatted("?value skos:inScheme <https://w3id.org/policykg/vocab/indicator> ."),
            "theme", LABELLED.formatted("?value skos:inScheme <https://w3id.org/policykg/vocab/theme> ."),
            "city", LABELLED.formatted("?doc pkg:city ?value ."),
            "place", LABELLED.formatted("?doc dcterms:spatial ?value ."),
            "regulation", REGULATIONS,
            "number", NUMBERS);

    private final Function<String, List<Map<String, String>>> select;
    private final Map<String, List<Value>> read = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, ValueKeys> keyed = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code select} runs a SELECT over the store and gives each row as variable → lexical form. */
    public KnownValues(Function<String, List<Map<String, String>>> select) {
        this.select = select;
    }

    /** The known values of any store, TDB2 or over HTTP, read when first asked for. */
    public static KnownValues in(org.policykg.store.GraphStore store) {
        return new KnownValues(sparql -> store.query(org.apache.jena.query.QueryFactory.create(sparql), Map.of(), qe -> {
            List<Map<String, String>> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> {
                Map<String, String> plain = new LinkedHashMap<>();
                row.varNames().forEachRemaining(name -> {
                    var node = row.get(name);
                    plain.put(name, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                });
                rows.add(plain);
            });
            return rows;
        }));
    }

    public static boolean listed(String parameter) {
        return QUERIES.containsKey(parameter);
    }

    /** The parameter's values in the store, empty when any value of its type is taken. */
    public Optional<List<Value>> of(String parameter) {
        String query = QUERIES.get(parameter);
        if (query == null) {
            return Optional.empty();
        }
        return Optional.of(read.computeIfAbsent(parameter, p -> values(select.apply(PREFIXES + query))));
    }

    /** The parameter's values with their names keyed once, empty when any value of its type is taken. */
    Optional<ValueKeys> keys(String parameter) {
        return of(parameter).map(values -> keyed.computeIfAbsent(parameter,
                p -> new ValueKeys(values, p.equals("number") || p.equals("regulation"))));
    }

    private static List<Value> values(List<Map<String, String>> rows) {
        Map<String, Value> byValue = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String value = row.get("value");
            Value v = byValue.computeIfAbsent(value, k -> new Value(k, shortName(k), row.get("label"), new ArrayList<>()));
            String alias = row.get("alias");
            if (alias != null && !v.aliases().contains(alias)) {
                v.aliases().add(alias);
            }
        }
        return byValue.values().stream()
                .map(v -> new Value(v.value(), v.name(), v.label() == null ? v.name() : v.label(), List.copyOf(v.aliases()))).toList();
    }

    /** The IRI's last path segment, decoded: …/vocab/indicator/tree-cover → tree-cover, …/place/%E5%8D%97… → 南…. */
    static String shortName(String value) {
        if (!value.contains("/")) {
            return value;
        }
        String segment = value.substring(value.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return segment;
        }
    }
}
