package org.policykg.extract;

import org.policykg.extract.citation.CitationExtractor;
import org.policykg.extract.department.DepartmentExtractor;
import org.policykg.extract.project.ProjectExtractor;
import org.policykg.extract.target.TargetExtractor;
import org.policykg.structure.PolicyDocument;

/** Runs every extractor over a structured document. */
public final class DocumentExtractor {
    private final CitationExtractor citations = new CitationExtractor();
    private final DepartmentExtractor departments = new DepartmentExtractor();
    private final TargetExtractor targets = new TargetExtractor();
    private final ProjectExtractor projects = new ProjectExtractor();

    /** The first year a document can set targets for: the year it was issued, else its plan's first year. */
    private static Integer pastCutoff(PolicyDocument doc) {
        return doc.metadata().date() != null ? Integer.valueOf(doc.metadata().date().getYear()) : doc.metadata().periodStart();
    }

    public Extraction extract(PolicyDocument doc) {
        String place = doc.metadata().place() == null ? null : doc.metadata().place().name();
        return new Extraction(
                CitationExtractor.distinct(citations.extract(doc.text(), doc.metadata())),
                departments.extract(doc.text(), doc.outline(), place),
                targets.extract(doc.text(), doc.outline(), doc.metadata().periodEnd(), pastCutoff(doc)),
                projects.extract(doc.text(), doc.outline()));
    }
}
