package org.policykg.rdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.vocab.EnumConcepts;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.extract.indicator.Comparator;
import org.policykg.extract.indicator.Target;
import org.policykg.vocab.IndicatorAligner;
import org.policykg.vocab.UnitVocabulary;

/**
 * Numeric targets: the indicator as written and, when it matches one, the indicator concept that
 * lines targets up across cities; value, unit (QUDT or own term), comparator, year, baseline; the
 * task and sentence it came from. A table cell without a number is kept as a text target.
 */
final class TargetWriter {
    private static final EnumConcepts<Comparator> COMPARATORS =
            new EnumConcepts<>("comparator", Comparator.class, Comparator::code);

    private final Iris iris;
    private final TaskNodes tasks;
    private final Provenance provenance;
    private final Memo<String, Optional<Resource>> indicators;
    private final UnitVocabulary units;

    /** {@code indicators}: the builder's concepts of indicator labels (see {@link #indicators(IndicatorAligner)}). */
    TargetWriter(Iris iris, Provenance provenance, Memo<String, Optional<Resource>> indicators, UnitVocabulary units,
            TaskNodes tasks) {
        this.iris = iris;
        this.tasks = tasks;
        this.provenance = provenance;
        this.indicators = indicators;
        this.units = units;
    }

    void write(Resource document, List<Target> targets) {
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Resource r = document.getModel().createResource(iris.target(document.getURI(), i));
            r.addProperty(RDF.type, PolicyOntology.Target);
            r.addProperty(PolicyOntology.inDocument, document);
            if (t.task() != null) {
                r.addProperty(PolicyOntology.task, tasks.node(t.task().position()));
            }
            r.addProperty(PolicyOntology.indicatorLabel, Texts.recurring(t.indicator()));
            indicators.get(t.indicator()).ifPresent(c -> r.addProperty(PolicyOntology.indicator, c));
            value(r, t);
            r.addProperty(PolicyOntology.comparator, COMPARATORS.of(t.comparator()));
            if (t.year() != null) {
                r.addProperty(PolicyOntology.targetYear, year(t.year()));
            }
            if (t.baseline() != null) {
                r.addProperty(PolicyOntology.baseline, decimal(t.baseline()));
            }
            if (t.baselineYear() != null) {
                r.addProperty(PolicyOntology.baselineYear, year(t.baselineYear()));
            }
            provenance.derive(r, t.span());
        }
    }

    private void value(Resource r, Target t) {
        if (t.value() != null) {
            r.addProperty(PolicyOntology.value, decimal(t.value()));
        }
        if (t.valueText() != null && !t.valueText().isBlank()) {
            r.addProperty(PolicyOntology.valueText, Texts.simplified(t.valueText()));
        }
        if (t.unit() != null && !t.unit().isBlank()) {
            r.addProperty(PolicyOntology.unitText, Texts.recurringPlain(t.unit()));
            units.iri(t.unit()).ifPresent(u -> r.addProperty(PolicyOntology.unit, r.getModel().createResource(u)));
        }
    }

    /**
     * The concept of each indicator label, remembered: aligning tried every form of the scheme for every
     * target (a twentieth of building), and the same labels recur across a city's documents.
     */
    static Memo<String, Optional<Resource>> indicators(IndicatorAligner aligner) {
        return new Memo<>(label -> aligner.align(label).map(c -> ResourceFactory.createResource(c.iri())), 20_000);
    }

    static Literal decimal(BigDecimal value) {
        return ResourceFactory.createTypedLiteral(value.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Literal year(int year) {
        return ResourceFactory.createTypedLiteral(String.valueOf(year), XSDDatatype.XSDgYear);
    }
}
