package org.policykg.extract;

import org.policykg.extract.citation.CitationExtractor;
import org.policykg.structure.PolicyDocument;

/** Runs every extractor over a structured document. */
public final class DocumentExtractor {
    private final CitationExtractor citations = new CitationExtractor();

    public Extraction extract(PolicyDocument doc) {
        return new Extraction(citations.distinct(citations.extract(doc.text(), doc.metadata())));
    }
}
