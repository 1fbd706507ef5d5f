package org.policykg.extract.citation.relation;

import java.util.BitSet;
import java.util.List;

import org.policykg.normalize.Span;

/**
 * The document's mention spans with the offsets any of them covers, marked once per document. A clause is
 * walked character by character and each character asked for the mention covering it; most characters lie
 * in none, and the mark says so without scanning every mention (mentions × characters per document).
 *
 * <p>Same answer as the plain scan by construction: an offset no span covers makes the scan return null, and
 * a marked offset is answered by that very scan, in list order.
 */
final class MentionCover {
    private final List<Span> spans;
    private final BitSet covered = new BitSet();

    MentionCover(List<Span> spans) {
        this.spans = spans;
        for (Span s : spans) {
            covered.set(s.start(), s.end());
        }
    }

    /** The first span in list order, other than one equal to self, that contains the offset; or null. */
    Span covering(int offset, Span self) {
        return offset >= 0 && covered.get(offset) ? scan(spans, offset, self) : null;
    }

    /** The plain scan over every span. */
    static Span scan(List<Span> spans, int offset, Span self) {
        for (Span s : spans) {
            if (!s.equals(self) && s.contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
