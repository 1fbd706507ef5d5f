package org.policykg.serve;

import java.util.List;

/**
 * One thing the server answers, as read from its own mappings: what it is ({@code GET}, {@code POST}, or a
 * Fuseki operation such as {@code SPARQL Query}), the path it answers at, and the other paths that answer the same.
 */
public record ServedRoute(String what, String path, List<String> alsoAt) {
    public ServedRoute {
        alsoAt = List.copyOf(alsoAt);
    }
}
