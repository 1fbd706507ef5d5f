package org.policykg.serve.web;

import tools.jackson.databind.json.JsonMapper;

/** Page data handed to the browser's scripts (charts, graphs) as JSON text. */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
