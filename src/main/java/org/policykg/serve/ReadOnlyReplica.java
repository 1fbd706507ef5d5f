package org.policykg.serve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this server is a read-only replica ({@code serve --read-only}, the Spring property
 * {@value #PROPERTY}): one of N servers answering queries over identical snapshots of the primary's store
 * behind a load balancer (docs/scaling.md). A replica refuses uploads with 403 and never fills an empty
 * store from the corpus, so its store stays exactly the snapshot it was loaded from; the SPARQL
 * endpoint refuses writes on every server. Documents go to the primary, and replicas are refreshed
 * from its backups.
 */
@Component
public class ReadOnlyReplica {
    public static final String PROPERTY = "policykg.read-only";
    public static final String REFUSAL = "this server is a read-only replica (serve --read-only) and takes no uploads or writes: "
            + "upload to the primary; the replicas are refreshed from its backups (docs/scaling.md)";

    private final boolean on;

    public ReadOnlyReplica(@Value("${" + PROPERTY + ":false}") boolean on) {
        this.on = on;
    }

    public boolean on() {
        return on;
    }

    /** Before Spring has started (the store is opened and filled beside it): the same property, as a system property. */
    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }
}
