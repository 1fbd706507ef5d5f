package org.policykg.rdf;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.policykg.extract.department.DepartmentAliases;
import org.policykg.extract.department.DepartmentTyper;
import org.policykg.vocab.IndicatorAligner;

/**
 * The terms a builder remembers across documents (bodies and governments, indicator concepts, regulation
 * by number). Each is a function of its key and of the IRI base and vocabularies alone, which are read
 * once and never changed, so any builder with the same base may use the answers another worked out.
 */
final class RememberedTerms {
    final BodyTerms bodies;
    final Memo<String, Optional<Resource>> indicatorConcepts;
    final Memo<String, CitationWriter.Numbered> regulations;

    RememberedTerms(Iris iris, DepartmentTyper typer, DepartmentAliases aliases, IndicatorAligner indicators) {
        this.bodies = new BodyTerms(iris, typer, aliases);
        this.indicatorConcepts = TargetWriter.indicators(indicators);
        this.regulations = CitationWriter.numbered(iris);
    }
}
