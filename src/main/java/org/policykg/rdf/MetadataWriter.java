package org.policykg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.extract.citation.RegulationKey;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.structure.PolicyDocument;
import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.vocab.Place;

/** The document node: title, number, issuer, date, place, plan period, type, source file. */
final class MetadataWriter {
    private final Iris iris;
    private final PolicyDocument doc;
    private final Texts texts;

    MetadataWriter(Iris iris, PolicyDocument doc) {
        this.iris = iris;
        this.doc = doc;
        this.texts = new Texts(doc.text());
    }

    void write(Resource document) {
        Model model = document.getModel();
        DocumentMetadata meta = doc.metadata();
        document.addProperty(RDF.type, PolicyOntology.PolicyDocument).addProperty(RDF.type, Eli.LegalResource);
        document.addProperty(DCTerms.source, doc.fileName());
        document.addProperty(PolicyOntology.checksum, doc.source().sha256());
        document.addProperty(PolicyOntology.script, doc.text().script().languageTag());
        // the title's key worked out once for both nodes that give it (it was a fiftieth of building)
        String titleKey = RegulationKey.title(meta.title());
        title(document, meta, titleKey);
        if (meta.number() != null) {
            document.addProperty(Eli.id_local, meta.number());
            selfAsRegulation(document, meta, titleKey);
        }
        if (meta.date() != null) {
            document.addLiteral(Eli.date_document, model.createTypedLiteral(meta.date().toString(), XSDDatatype.XSDdate));
        }
        if (meta.documentType() != null) {
            document.addProperty(PolicyOntology.documentType, Texts.simplified(meta.documentType()));
        }
        if (meta.periodStart() != null) {
            document.addLiteral(PolicyOntology.planPeriodStart, model.createTypedLiteral(String.valueOf(meta.periodStart()), XSDDatatype.XSDgYear));
        }
        if (meta.periodEnd() != null) {
            document.addLiteral(PolicyOntology.planPeriodEnd, model.createTypedLiteral(String.valueOf(meta.periodEnd()), XSDDatatype.XSDgYear));
        }
        place(document, meta.place());
        issuer(document, meta);
    }

    /**
     * The same document as others cite it: a regulation node with its number and title, so that a
     * citation of it by number or by title meets it, and citation chains can pass through it.
     */
    private void selfAsRegulation(Resource document, DocumentMetadata meta, String titleKey) {
        Resource regulation = document.getModel().createResource(iris.regulationByNumber(meta.number()));
        regulation.addProperty(RDF.type, PolicyOntology.Regulation).addProperty(RDF.type, Eli.LegalResource);
        regulation.addProperty(Eli.id_local, meta.number());
        regulation.addProperty(Eli.title, Texts.simplified(meta.title()));
        regulation.addProperty(PolicyOntology.titleKey, titleKey);
        if (meta.place() != null && meta.place().level() != null) {
            regulation.addProperty(PolicyOntology.administrativeLevel, PolicyOntology.vocab("level", meta.place().level()));
        }
        document.addProperty(OWL.sameAs, regulation);
    }

    private void title(Resource document, DocumentMetadata meta, String titleKey) {
        if (meta.titleSpan() != null && doc.text().text(meta.titleSpan()).equals(meta.title())) {
            texts.add(document, Eli.title, meta.titleSpan());
        } else {
            document.addProperty(Eli.title, Texts.simplified(meta.title()));
        }
        document.addProperty(PolicyOntology.titleKey, titleKey);
    }

    private static void place(Resource document, Place place) {
        if (place == null) {
            return;
        }
        document.addProperty(DCTerms.spatial, PolicyOntology.vocab("place", place.name()));
        if (place.city() != null) {
            document.addProperty(PolicyOntology.city, PolicyOntology.vocab("place", place.city()));
        }
        if (place.province() != null) {
            document.addProperty(PolicyOntology.province, PolicyOntology.vocab("place", place.province()));
        }
        if (place.level() != null) {
            document.addProperty(PolicyOntology.administrativeLevel, PolicyOntology.vocab("level", place.level()));
        }
    }

    private void issuer(Resource document, DocumentMetadata meta) {
        if (meta.issuer() == null) {
            return;
        }
        String city = meta.place() == null ? null : meta.place().city();
        Resource body = document.getModel().createResource(iris.body(city, meta.issuer()));
        body.addProperty(RDF.type, ORG.Organization);
        body.addProperty(SKOS.prefLabel, Texts.simplified(meta.issuer()));
        document.addProperty(Eli.passed_by, body);
    }
}
