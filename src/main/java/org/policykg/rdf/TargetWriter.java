package org.policykg.rdf;

import java.math.BigDecimal;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.vocab.Pkg;
import org.policykg.extract.indicator.Target;
import org.policykg.vocab.IndicatorAligner;
import org.policykg.vocab.UnitVocabulary;

/**
 * Numeric targets: the indicator as written and, when it matches one, the indicator concept that
 * lines targets up across cities; value, unit (QUDT or own term), comparator, year, baseline; the
 * task and sentence it came from. A table cell without a number is kept as a text target.
 */
final class TargetWriter {
    private final Iris iris;
    private final Provenance provenance;
    private final IndicatorAligner indicators;
    private final UnitVocabulary units;

    TargetWriter(Iris iris, Provenance provenance, IndicatorAligner indicators, UnitVocabulary units) {
        this.iris = iris;
        this.provenance = provenance;
        this.indicators = indicators;
        this.units = units;
    }

    void write(Resource document, List<Target> targets) {
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Resource r = document.getModel().createResource(document.getURI() + "/target/" + (i + 1));
            r.addProperty(RDF.type, Pkg.Target);
            r.addProperty(Pkg.inDocument, document);
            if (t.task() != null) {
                r.addProperty(Pkg.task, document.getModel().createResource(iris.task(document.getURI(), t.task().position())));
            }
            r.addProperty(Pkg.indicatorLabel, Texts.simplified(t.indicator()));
            indicators.align(t.indicator()).ifPresent(c -> r.addProperty(Pkg.indicator, r.getModel().createResource(c.iri())));
            value(r, t);
            r.addProperty(Pkg.comparator, Pkg.vocab("comparator", t.comparator().code()));
            if (t.year() != null) {
                r.addProperty(Pkg.targetYear, year(t.year()));
            }
            if (t.baseline() != null) {
                r.addProperty(Pkg.baseline, decimal(t.baseline()));
            }
            if (t.baselineYear() != null) {
                r.addProperty(Pkg.baselineYear, year(t.baselineYear()));
            }
            provenance.derive(r, t.span());
        }
    }

    private void value(Resource r, Target t) {
        if (t.value() != null) {
            r.addProperty(Pkg.value, decimal(t.value()));
        }
        if (t.valueText() != null && !t.valueText().isBlank()) {
            r.addProperty(Pkg.valueText, Texts.simplified(t.valueText()));
        }
        if (t.unit() != null && !t.unit().isBlank()) {
            r.addProperty(Pkg.unitText, t.unit());
            units.iri(t.unit()).ifPresent(u -> r.addProperty(Pkg.unit, r.getModel().createResource(u)));
        }
    }

    static Literal decimal(BigDecimal value) {
        return ResourceFactory.createTypedLiteral(value.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Literal year(int year) {
        return ResourceFactory.createTypedLiteral(String.valueOf(year), XSDDatatype.XSDgYear);
    }
}
