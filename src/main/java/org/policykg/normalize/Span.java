package org.policykg.normalize;

/** A half-open character range [start, end) in a document's text; original and normalized offsets agree. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /**
     * The record's equality (both offsets equal), written out: the generated one goes through method
     * handles, and rows and tasks are compared by value many times a document. hashCode stays generated.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Span other && start == other.start && end == other.end;
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
