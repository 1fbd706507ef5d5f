package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.List;

import org.policykg.structure.number.NumberPattern;

/**
 * A 发文字号 cited without a title: 按照国办发〔2018〕22号文件要求. Not the document's own number (also
 * where a page copy ran its red header into a line), nor one a title already claimed.
 */
final class NumberedCitation implements CitationPattern {
    @Override
    public List<CitationMention> find(CitationScan scan) {
        List<CitationMention> out = new ArrayList<>();
        for (NumberPattern.Hit hit : scan.numbers()) {
            if (!scan.isClaimed(hit.span().start()) && !scan.self().isOwnNumber(hit.number().canonical())
                    && !BoilerplateLines.isIn(scan.text(), hit.span().start())) {
                out.add(new CitationMention(hit.number().canonical(), null, CitationKind.NUMBERED, hit.span()));
            }
        }
        return out;
    }
}
