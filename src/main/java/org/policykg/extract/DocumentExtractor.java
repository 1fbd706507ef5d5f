package org.policykg.extract;

import java.util.List;

import org.policykg.extract.citation.CitationExtractor;
import org.policykg.extract.citation.CitationMention;
import org.policykg.extract.citation.relation.CitationRelationReader;
import org.policykg.extract.department.DepartmentExtractor;
import org.policykg.extract.project.ProjectExtractor;
import org.policykg.extract.indicator.TargetExtractor;
import org.policykg.structure.PolicyDocument;

/** Runs every extractor over a structured document. */
public final class DocumentExtractor {
    private final CitationExtractor citations = new CitationExtractor();
    private final DepartmentExtractor departments = new DepartmentExtractor();
    private final TargetExtractor targets = new TargetExtractor();
    private final ProjectExtractor projects = new ProjectExtractor();
    private final CitationRelationReader relations = new CitationRelationReader();

    /** The first year a document can set targets for: the year it was issued, else its plan's first year. */
    private static Integer pastCutoff(PolicyDocument doc) {
        return doc.metadata().date() != null ? Integer.valueOf(doc.metadata().date().getYear()) : doc.metadata().periodStart();
    }

    public Extraction extract(PolicyDocument doc) {
        String place = doc.metadata().place() == null ? null : doc.metadata().place().name();
        List<CitationMention> mentions = citations.extract(doc.text(), doc.metadata());
        return new Extraction(
                CitationExtractor.distinct(mentions),
                departments.extract(doc.text(), doc.outline(), place),
                targets.extract(doc.text(), doc.outline(), doc.metadata().periodEnd(), pastCutoff(doc)),
                projects.extract(doc.text(), doc.outline()),
                relations.read(doc.text(), doc.outline(), mentions));
    }
}
