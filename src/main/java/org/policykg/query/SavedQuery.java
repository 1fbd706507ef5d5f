package org.policykg.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * A query of {@code queries/}: its name (file name without .rq), the title, description and
 * parameters from its header comment, and its text.
 */
public record SavedQuery(String name, String title, String description, List<QueryParameter> parameters, String text) {
    /** By text: as many as there are saved queries (an edited file is a new text). */
    private static final Map<String, Query> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The parsed query, shared: parsed once per text (under load, parsing for every request took a tenth
     * of the server's time). Executions bind parameters by substitution into a copy and never change it.
     */
    public Query parse() {
        return PARSED.computeIfAbsent(text, SavedQuery::parsed);
    }

    private static Query parsed(String text) {
        Query query = QueryFactory.create(text);
        query.setResultVars();
        return query;
    }

    /**
     * Typed RDF terms for the given values, checked against the declared parameters: an unknown
     * name, a missing required value or a value of the wrong type is an IllegalArgumentException
     * that names the parameter.
     */
    public Map<String, Node> bind(Map<String, String> values) {
        Map<String, Node> bindings = new HashMap<>();
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("query '" + name + "' has no parameter '" + given + "'");
            }
        }
        for (QueryParameter p : parameters) {
            String value = values.get(p.name());
            if (value == null || value.isEmpty()) {
                if (!p.optional()) {
                    throw new IllegalArgumentException("query '" + name + "' needs parameter '" + p.name() + "' (" + p.description() + ")");
                }
                continue;
            }
            try {
                bindings.put(p.name(), p.type().toNode(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + p.name() + "': " + e.getMessage());
            }
        }
        return bindings;
    }
}
