package org.policykg.extract;

import java.util.List;

import org.policykg.extract.citation.CitedRegulation;
import org.policykg.extract.citation.relation.TypedMention;
import org.policykg.extract.department.Assignment;
import org.policykg.extract.project.Project;
import org.policykg.extract.indicator.Target;

/**
 * Everything extracted from one document, kind by kind; the RDF builder reads it, knowing nothing of how.
 * {@code citationRelations} types every mention of {@code citations}, in text order.
 */
public record Extraction(List<CitedRegulation> citations, List<Assignment> assignments, List<Target> targets,
                         List<Project> projects, List<TypedMention> citationRelations) {
}
