package org.policykg.build;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.extract.citation.RegulationKey;
import org.policykg.build.vocab.Eli;
import org.policykg.build.vocab.Pkg;
import org.policykg.extract.citation.CitationKind;
import org.policykg.extract.citation.CitationMention;
import org.policykg.extract.citation.CitedRegulation;
import org.policykg.structure.number.DocumentNumber;
import org.policykg.structure.number.IssuerCodes;
import org.policykg.normalize.Span;
import org.policykg.structure.PolicyDocument;

/**
 * Cited regulations: one node per distinct regulation (by number, else by title), what its number
 * tells (issuer, level, year), the document's eli:cites, and one pkg:Citation per mention with the
 * number and title as that mention gives them and the sentence it is in.
 */
final class CitationWriter {
    private final Iris iris;
    private final PolicyDocument doc;
    private final Provenance provenance;
    private final Texts texts;
    private final IssuerCodes issuers = IssuerCodes.shared();

    CitationWriter(Iris iris, PolicyDocument doc, Provenance provenance) {
        this.iris = iris;
        this.doc = doc;
        this.provenance = provenance;
        this.texts = new Texts(doc.text());
    }

    void write(Resource document, List<CitedRegulation> regulations) {
        for (CitedRegulation cited : regulations) {
            Resource regulation = regulation(document.getModel(), cited);
            document.addProperty(Eli.cites, regulation);
            cited.mentions().forEach(m -> mention(document, regulation, m));
        }
    }

    private Resource regulation(Model model, CitedRegulation cited) {
        String iri = cited.number() != null ? iris.regulationByNumber(cited.number()) : iris.regulationByTitle(cited.title());
        Resource r = model.createResource(iri);
        r.addProperty(RDF.type, Pkg.Regulation).addProperty(RDF.type, Eli.LegalResource);
        if (cited.kind() == CitationKind.STANDARD) {
            r.addProperty(RDF.type, Pkg.TechnicalStandard);
        }
        if (cited.title() != null) {
            r.addProperty(Eli.title, Texts.simplified(cited.title()));
            r.addProperty(Pkg.titleKey, RegulationKey.title(cited.title()));
        }
        if (cited.number() != null) {
            r.addProperty(Eli.id_local, cited.number());
            DocumentNumber.parse(cited.number()).ifPresent(n -> issuer(r, n));
        }
        return r;
    }

    private void issuer(Resource regulation, DocumentNumber number) {
        Model model = regulation.getModel();
        regulation.addLiteral(Pkg.year, model.createTypedLiteral(String.valueOf(number.year()), XSDDatatype.XSDgYear));
        regulation.addProperty(Pkg.serialNumber, Texts.integer(number.serial()));
        regulation.addProperty(Pkg.issuerCodeText, number.prefix());
        IssuerCodes.Issuer issuer = issuers.lookup(number.prefix());
        if (issuer.resolution() == IssuerCodes.Resolution.EXACT) {
            regulation.addProperty(Pkg.issuerCode, Pkg.vocab("issuer", number.prefix()));
        }
        if (issuer.level() != null) {
            regulation.addProperty(Pkg.administrativeLevel, Pkg.vocab("level", issuer.level()));
        }
        if (issuer.place() != null) {
            regulation.addProperty(DCTerms.spatial, Pkg.vocab("place", issuer.place()));
        }
        if (issuer.bodyName() != null) {
            Resource body = model.createResource(iris.body(issuer.place(), issuer.bodyName()));
            body.addProperty(RDF.type, ORG.Organization).addProperty(SKOS.prefLabel, Texts.simplified(issuer.bodyName()));
            regulation.addProperty(Eli.passed_by, body);
        }
    }

    private void mention(Resource document, Resource regulation, CitationMention mention) {
        Span span = mention.span();
        Resource c = document.getModel().createResource(iris.citation(document.getURI(), span.start(), span.end()));
        c.addProperty(RDF.type, Pkg.Citation);
        c.addProperty(Pkg.citingDocument, document);
        c.addProperty(Pkg.citedRegulation, regulation);
        if (mention.number() != null) {
            c.addProperty(Pkg.citedNumber, mention.number());
        }
        if (mention.title() != null) {
            texts.add(c, Pkg.citedTitle, mention.title(), originalTitle(mention));
        }
        provenance.derive(c, span);
    }

    /** The title as written in the original script, found at the same offsets as in the normalized text. */
    private String originalTitle(CitationMention mention) {
        String normalized = doc.text().text(mention.span());
        int at = normalized.indexOf(mention.title());
        return at < 0 ? null : doc.text().original(mention.span()).substring(at, at + mention.title().length());
    }
}
