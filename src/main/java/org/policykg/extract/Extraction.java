package org.policykg.extract;

import java.util.List;

import org.policykg.extract.citation.CitedRegulation;
import org.policykg.extract.department.Assignment;

/** Everything extracted from one document, kind by kind; the RDF builder reads it, knowing nothing of how. */
public record Extraction(List<CitedRegulation> citations, List<Assignment> assignments) {
}
