package org.policykg.extract;

import org.policykg.extract.citation.CitationExtractor;
import org.policykg.extract.department.DepartmentExtractor;
import org.policykg.structure.PolicyDocument;

/** Runs every extractor over a structured document. */
public final class DocumentExtractor {
    private final CitationExtractor citations = new CitationExtractor();
    private final DepartmentExtractor departments = new DepartmentExtractor();

    public Extraction extract(PolicyDocument doc) {
        String place = doc.metadata().place() == null ? null : doc.metadata().place().name();
        return new Extraction(
                CitationExtractor.distinct(citations.extract(doc.text(), doc.metadata())),
                departments.extract(doc.text(), doc.outline(), place));
    }
}
