package org.policykg.rdf.vocab;

import java.util.function.Function;

import org.apache.jena.rdf.model.Resource;

/**
 * The vocabulary concept of each constant of an enum ({@link PolicyOntology#vocab(String, String)} of the
 * constant's key), made once: writers name one per fact (a role per assignment, a comparator per target),
 * and making it anew each time (the IRI built, encoded and hashed again) was a share of building. A concept
 * is a function of its scheme and key alone, so the one made here is the one made anew.
 */
public final class EnumConcepts<E extends Enum<E>> {
    private final Resource[] byOrdinal;

    public EnumConcepts(String scheme, Class<E> type, Function<E, String> key) {
        E[] constants = type.getEnumConstants();
        byOrdinal = new Resource[constants.length];
        for (E constant : constants) {
            byOrdinal[constant.ordinal()] = PolicyOntology.vocab(scheme, key.apply(constant));
        }
    }

    /** The concept of {@code constant} (a null constant fails, as asking it for its key did). */
    public Resource of(E constant) {
        return byOrdinal[constant.ordinal()];
    }
}
