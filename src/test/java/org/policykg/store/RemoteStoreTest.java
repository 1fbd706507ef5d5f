package org.policykg.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.policykg.support.ExternalFuseki;

/** The remote-store tests against a plain Fuseki server in a separate process. */
class RemoteStoreTest extends RemoteStoreContract {
    private static ExternalFuseki fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = ExternalFuseki.start(null, "512m");
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Override
    RemoteStore connect() {
        return RemoteStore.connect(fuseki.datasetUrl());
    }

    @Override
    String updateUrl() {
        return fuseki.datasetUrl() + "/update";
    }
}
