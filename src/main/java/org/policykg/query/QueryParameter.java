package org.policykg.query;

/**
 * A parameter a saved query declares in its header:
 * {@code # param: NAME TYPE [optional] — description}, TYPE one of iri, string, text, integer,
 * decimal, year, date. A parameter is bound to {@code ?NAME} as an RDF term of that type.
 */
public record QueryParameter(String name, ParameterType type, boolean optional, String description) {
}
