package org.policykg.ingest;

/**
 * How many documents the writer commits together: 1, 2, 4, … up to {@value #MAX_DOCUMENTS}. TDB2 is
 * copy-on-write: a write transaction copies every index block it touches, and the blocks it superseded
 * stay on disk until the store is compacted. A document touches blocks all over the node table and
 * the quad indexes keyed by object or predicate (new nodes hash anywhere; old objects such as types,
 * places and concepts recur in every document), so what a transaction leaves behind grows with the
 * store rather than with the transaction. Units of 256 documents left 15 GB behind a third of the way
 * into 10,000 synthetic documents; units that double leave behind about what the store holds once
 * more. Starting at one keeps a short ingest as it was, and the largest unit bounds what an
 * interrupted ingest loses. The writer streams a unit's documents into the transaction one by one, so
 * its size costs no memory.
 */
final class WriteUnits {
    static final int MAX_DOCUMENTS = 4096;

    private int next = 1;

    /** The size of the next unit, in documents. */
    int next() {
        int size = next;
        next = Math.min(MAX_DOCUMENTS, next * 2);
        return size;
    }
}
