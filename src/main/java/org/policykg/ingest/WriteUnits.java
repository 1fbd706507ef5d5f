package org.policykg.ingest;

/**
 * How many documents the writer commits together: 1, 2, 4, … up to {@value #MAX_DOCUMENTS}, and no
 * more than {@value #MAX_QUADS} quads. TDB2 is copy-on-write: every write transaction copies each
 * index block it touches, and a document touches blocks all over the six quad indexes, so a unit of
 * 256 synthetic documents writes twice as fast as units of 32 and leaves less than half the disk
 * behind (measured: 1,000 documents, 28 s and 0.64 GB against 56 s and 1.6 GB). Starting at one
 * keeps a short ingest as it was: the first documents are stored, and shown done, at once, and an
 * interrupted ingest loses at most the unit it was writing. The quad bound keeps the documents the
 * writer holds in memory in check when documents are large.
 */
final class WriteUnits {
    static final int MAX_DOCUMENTS = 256;
    static final long MAX_QUADS = 400_000;

    private int next = 1;

    /** The size of the next unit, in documents. */
    int next() {
        int size = next;
        next = Math.min(MAX_DOCUMENTS, next * 2);
        return size;
    }
}
