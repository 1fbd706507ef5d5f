package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;

/** A decree's number cited without a title: 根据国务院令第682号, kept as written ({@link DecreeNumberPattern}). */
final class DecreeCitation implements CitationPattern {
    @Override
    public List<CitationMention> find(CitationScan scan) {
        List<CitationMention> out = new ArrayList<>();
        for (DecreeNumberPattern.Hit hit : scan.decrees()) {
            if (scan.isFree(hit.span().start())) {
                out.add(new CitationMention(hit.number(), null, CitationKind.NUMBERED, hit.span()));
            }
        }
        return out;
    }
}
