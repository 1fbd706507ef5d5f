package org.policykg.serve.api;

import org.policykg.query.KnownValues;
import org.policykg.query.ParameterInputs;
import org.policykg.store.KnowledgeStore;
import org.springframework.stereotype.Component;

/**
 * The known parameter values of the served store, read again after the store changed (an upload can
 * cite a new regulation), shared by the saved-query API and the pages.
 */
@Component
public class StoreParameterValues {
    private final KnowledgeStore store;
    private volatile Snapshot current;

    private record Snapshot(long generation, KnownValues values) {
    }

    public StoreParameterValues(KnowledgeStore store) {
        this.store = store;
    }

    public KnownValues values() {
        long generation = store.generation();
        Snapshot s = current;
        if (s == null || s.generation() != generation) {
            s = new Snapshot(generation, KnownValues.in(store));
            current = s;
        }
        return s.values();
    }

    public ParameterInputs inputs() {
        return new ParameterInputs(values());
    }
}
