package org.policykg.rdf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.EnumConcepts;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.extract.citation.CitationKind;
import org.policykg.extract.citation.CitationMention;
import org.policykg.extract.citation.CitedRegulation;
import org.policykg.extract.citation.relation.CitationRelation;
import org.policykg.extract.citation.relation.TypedMention;
import org.policykg.structure.number.DocumentNumber;
import org.policykg.structure.number.IssuerCodes;
import org.policykg.normalize.Span;
import org.policykg.structure.PolicyDocument;
import org.policykg.structure.Task;

/**
 * Cited regulations: one node per distinct regulation (by number, else by title), what its number
 * tells (issuer, level, year), the document's eli:cites, and one pkg:Citation per mention with the
 * number and title as that mention gives them and the sentence it is in.
 * <p>Each mention also says why it is cited (pkg:citationRelation), and the document gets the edge
 * that relation names: eli:based_on, eli:implements, dcterms:conformsTo or pkg:plans; a document cited
 * for no stated purpose keeps eli:cites alone. A document still to be written is a pkg:PlannedDocument
 * and, unless a 发文字号 shows an issued version (修订《A》(X号)), not a pkg:Regulation: only a document
 * citing it as issued makes it one.
 */
final class CitationWriter {
    private static final EnumConcepts<CitationRelation> RELATIONS =
            new EnumConcepts<>("citation-relation", CitationRelation.class, CitationRelation::label);

    private final Iris iris;
    private final TaskNodes tasks;
    private final PolicyDocument doc;
    private final Provenance provenance;
    private final Texts texts;
    private final IssuerCodes issuers = IssuerCodes.shared();

    private final Memo<String, Numbered> numbered;

    /** {@code numbered}: the builder's, see {@link #numbered(Iris)}. */
    CitationWriter(Iris iris, PolicyDocument doc, Provenance provenance, Memo<String, Numbered> numbered,
            TaskNodes tasks) {
        this.iris = iris;
        this.tasks = tasks;
        this.doc = doc;
        this.provenance = provenance;
        this.texts = new Texts(doc.text());
        this.numbered = numbered;
    }

    /** A regulation cited by a number: its IRI, and the number read as a 发文字号 when it is one. */
    record Numbered(String iri, Optional<DocumentNumber> parsed) {
    }

    /**
     * The regulations by number as cited, remembered: making the key (script conversion and a few regexes)
     * was part of a twentieth of building, and parsing the number again a thirtieth, and the same
     * regulations are cited by document after document. Both are functions of the number alone (the
     * dictionaries they read are never changed). (A title's key comes made with the citation.)
     */
    static Memo<String, Numbered> numbered(Iris iris) {
        return new Memo<>(number -> new Numbered(iris.regulationByNumber(number), DocumentNumber.parse(number)),
                20_000);
    }

    /** The planned documents written, with the mentions that plan them: their drafting body comes later. */
    private final Map<Resource, List<CitationMention>> planned = new HashMap<>();

    void write(Resource document, List<CitedRegulation> regulations, List<TypedMention> relations) {
        Map<CitationMention, TypedMention> typed = new HashMap<>();
        relations.forEach(t -> typed.put(t.mention(), t));
        for (CitedRegulation cited : regulations) {
            // each mention's relation looked up once (hashing a mention was a twenty-fifth of building), then
            // read twice: for the regulation's edges and for the mention's own node
            List<CitationMention> mentions = cited.mentions();
            TypedMention[] mine = new TypedMention[mentions.size()];
            Set<CitationRelation> why = EnumSet.noneOf(CitationRelation.class);
            for (int i = 0; i < mine.length; i++) {
                mine[i] = typed.get(mentions.get(i));
                if (mine[i] != null) {
                    why.add(mine[i].relation());
                }
            }
            Resource regulation = regulation(document.getModel(), cited, why.contains(CitationRelation.PLANNED));
            document.addProperty(Eli.cites, regulation);
            why.forEach(r -> edge(document, regulation, r));
            for (int i = 0; i < mine.length; i++) {
                CitationMention m = mentions.get(i);
                TypedMention t = mine[i];
                mention(document, regulation, m, t == null ? null : t.relation());
                if (t != null && t.relation() == CitationRelation.PLANNED) {
                    plannedFor(regulation, t);
                }
            }
        }
    }

    /**
     * The bodies meant to draft each planned document: the lead bodies of the task that plans it.
     * Called once the tasks' bodies are written.
     */
    void draftingBodies(Resource document) {
        planned.forEach((regulation, mentions) -> {
            for (CitationMention m : mentions) {
                for (Task task : doc.outline().tasks()) {
                    if (task.span().contains(m.span().start())) {
                        tasks.node(task.position()).listProperties(PolicyOntology.leadBody).toList()
                                .forEach(s -> regulation.addProperty(PolicyOntology.draftingBody, s.getObject()));
                    }
                }
            }
        });
    }

    /** The typed edge of a relation; a mere mention has none beyond eli:cites. */
    private static void edge(Resource document, Resource regulation, CitationRelation relation) {
        switch (relation) {
            case BASIS -> document.addProperty(Eli.based_on, regulation);
            case IMPLEMENTS -> document.addProperty(Eli.implements_, regulation);
            case STANDARD -> document.addProperty(DCTerms.conformsTo, regulation);
            case PLANNED -> document.addProperty(PolicyOntology.plans, regulation);
            case MENTIONS -> { }
        }
    }

    private void plannedFor(Resource regulation, TypedMention t) {
        planned.computeIfAbsent(regulation, r -> new ArrayList<>()).add(t.mention());
        if (t.year() != null && !regulation.hasProperty(PolicyOntology.plannedYear)) {
            regulation.addLiteral(PolicyOntology.plannedYear,
                    regulation.getModel().createTypedLiteral(String.valueOf(t.year()), XSDDatatype.XSDgYear));
        }
    }

    private Resource regulation(Model model, CitedRegulation cited, boolean plannedHere) {
        // Iris.regulation(number, titleKey), the number's IRI remembered
        Numbered byNumber = cited.number() != null ? numbered.get(cited.number()) : null;
        String iri = byNumber != null ? byNumber.iri() : iris.regulation(null, cited.titleKey());
        Resource r = model.createResource(iri);
        if (plannedHere) {
            r.addProperty(RDF.type, PolicyOntology.PlannedDocument);
        }
        // a number is the mark of an issued document, even one this document plans to revise
        if (!plannedHere || cited.number() != null) {
            r.addProperty(RDF.type, PolicyOntology.Regulation).addProperty(RDF.type, Eli.LegalResource);
            if (cited.kind() == CitationKind.STANDARD) {
                r.addProperty(RDF.type, PolicyOntology.TechnicalStandard);
            }
        }
        if (cited.title() != null) {
            r.addProperty(Eli.title, Texts.simplified(cited.title()));
            r.addProperty(PolicyOntology.titleKey, cited.titleKey());
        }
        if (cited.number() != null) {
            r.addProperty(Eli.id_local, cited.number());
            byNumber.parsed().ifPresent(n -> issuer(r, n));
        }
        return r;
    }

    private void issuer(Resource regulation, DocumentNumber number) {
        Model model = regulation.getModel();
        regulation.addLiteral(PolicyOntology.year, model.createTypedLiteral(String.valueOf(number.year()), XSDDatatype.XSDgYear));
        regulation.addProperty(PolicyOntology.serialNumber, Texts.integer(number.serial()));
        regulation.addProperty(PolicyOntology.issuerCodeText, number.prefix());
        IssuerCodes.Issuer issuer = issuers.lookup(number.prefix());
        if (issuer.resolution() == IssuerCodes.Resolution.EXACT) {
            regulation.addProperty(PolicyOntology.issuerCode, PolicyOntology.vocab("issuer", number.prefix()));
        }
        if (issuer.level() != null) {
            regulation.addProperty(PolicyOntology.administrativeLevel, PolicyOntology.vocab("level", issuer.level()));
        }
        if (issuer.place() != null) {
            regulation.addProperty(DCTerms.spatial, PolicyOntology.vocab("place", issuer.place()));
        }
        if (issuer.bodyName() != null) {
            Resource body = model.createResource(iris.body(issuer.place(), issuer.bodyName()));
            body.addProperty(RDF.type, ORG.Organization).addProperty(SKOS.prefLabel, Texts.simplified(issuer.bodyName()));
            regulation.addProperty(Eli.passed_by, body);
        }
    }

    private void mention(Resource document, Resource regulation, CitationMention mention, CitationRelation relation) {
        Span span = mention.span();
        Resource c = document.getModel().createResource(iris.citation(document.getURI(), span.start(), span.end()));
        c.addProperty(RDF.type, PolicyOntology.Citation);
        c.addProperty(PolicyOntology.citingDocument, document);
        c.addProperty(PolicyOntology.citedRegulation, regulation);
        if (mention.number() != null) {
            c.addProperty(PolicyOntology.citedNumber, mention.number());
        }
        if (mention.title() != null) {
            texts.add(c, PolicyOntology.citedTitle, mention.title(), texts.keepsOriginal() ? originalTitle(mention) : null);
        }
        if (relation != null) {
            c.addProperty(PolicyOntology.citationRelation, RELATIONS.of(relation));
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
