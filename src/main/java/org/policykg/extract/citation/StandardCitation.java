package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * A technical standard cited by its code alone: 执行GB18918-2002一级A标准 ({@link StandardCodePattern}).
 * Unlike numbers, codes are not checked against a page's boilerplate lines, which hold none.
 */
final class StandardCitation implements CitationPattern {
    @Override
    public List<CitationMention> find(CitationScan scan) {
        List<CitationMention> out = new ArrayList<>();
        for (StandardCodePattern.Hit hit : scan.codes()) {
            if (!scan.isClaimed(hit.span().start())) {
                out.add(new CitationMention(hit.code(), null, CitationKind.STANDARD, hit.span()));
            }
        }
        return out;
    }
}
