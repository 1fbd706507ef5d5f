package org.policykg.query;

import java.util.Locale;

/** Output formats of the {@code query} command. */
public enum ResultFormat {
    TSV, CSV, JSON, TEXT;

    public static ResultFormat parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
