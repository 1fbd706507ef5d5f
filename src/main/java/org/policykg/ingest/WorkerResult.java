package org.policykg.ingest;

import java.nio.file.Path;

/**
 * What a worker made of one file: a built document (valid, or with the violations in {@code failure}
 * that keep it out), or only why there is none.
 */
record WorkerResult(Path file, BuiltDocument built, String failure) {
    static WorkerResult failed(Path file, String failure) {
        return new WorkerResult(file, null, failure);
    }
}
