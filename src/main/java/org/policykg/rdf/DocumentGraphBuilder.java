package org.policykg.rdf;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.policykg.extract.Extraction;
import org.policykg.extract.department.DepartmentAliases;
import org.policykg.extract.department.DepartmentTyper;
import org.policykg.vocab.IndicatorAligner;
import org.policykg.vocab.UnitVocabulary;
import org.policykg.structure.PolicyDocument;
import org.policykg.structure.metadata.DocumentMetadata;

/**
 * Turns a structured document and what was extracted from it into the RDF of its named graph.
 * Each kind of fact has its own small writer; this class only wires them.
 */
public final class DocumentGraphBuilder {
    private final Iris iris;
    private final UnitVocabulary units = Vocabularies.UNITS;

    /**
     * The vocabularies, parsed once per JVM when the first builder is made rather than by every builder
     * (each worker thread and each Spark partition has one; parsing took ~0.2 s of CPU). They are never
     * changed after they are read, so the builders of all threads share them.
     */
    private static final class Vocabularies {
        static final DepartmentAliases ALIASES = new DepartmentAliases();
        static final DepartmentTyper TYPER = new DepartmentTyper();
        static final IndicatorAligner INDICATORS = IndicatorAligner.load();
        static final UnitVocabulary UNITS = UnitVocabulary.load();
    }

    /**
     * The remembered terms of each IRI base, shared by every builder of the JVM rather than worked out
     * again by each (a builder per worker thread, per Spark partition, per ingest): a new builder began
     * with none, and working them out was a tenth of building its first thousand documents. Bounded as
     * each {@link Memo} is; one entry per base, and a process uses one or two.
     */
    private static final Map<String, RememberedTerms> TERMS = new ConcurrentHashMap<>();

    private final BodyTerms bodyTerms;
    private final Memo<String, Optional<Resource>> indicatorConcepts;
    private final Memo<String, CitationWriter.Numbered> regulations;

    public DocumentGraphBuilder(Iris iris) {
        this(iris, TERMS.computeIfAbsent(iris.base(), base -> ownTerms(new Iris(base))));
    }

    private DocumentGraphBuilder(Iris iris, RememberedTerms terms) {
        this.iris = iris;
        this.bodyTerms = terms.bodies;
        this.indicatorConcepts = terms.indicatorConcepts;
        this.regulations = terms.regulations;
    }

    /** A builder that remembers terms for itself alone, starting with none (to hold the shared ones to). */
    static DocumentGraphBuilder withOwnTerms(Iris iris) {
        return new DocumentGraphBuilder(iris, ownTerms(iris));
    }

    private static RememberedTerms ownTerms(Iris iris) {
        return new RememberedTerms(iris, Vocabularies.TYPER, Vocabularies.ALIASES, Vocabularies.INDICATORS);
    }

    public DocumentGraph build(PolicyDocument doc, Extraction extraction) {
        Model model = ModelFactory.createModelForGraph(new DocumentGraphMem(GraphSize.estimate(doc, extraction)));
        Prefixes.apply(model);
        DocumentMetadata meta = doc.metadata();
        String documentIri = iris.document(meta.number(), meta.title(), String.valueOf(meta.date()),
                meta.place() == null ? "" : meta.place().name());
        Resource document = model.createResource(documentIri);
        Provenance provenance = new Provenance(model, iris, document, doc.text());
        TaskNodes tasks = new TaskNodes(model, iris, documentIri, doc.outline().tasks().size());
        new MetadataWriter(iris, doc).write(document);
        new StructureWriter(iris, doc, provenance, tasks).write(document);
        CitationWriter citations = new CitationWriter(iris, doc, provenance, regulations, tasks);
        citations.write(document, extraction.citations(), extraction.citationRelations());
        BodyWriter bodies = new BodyWriter(bodyTerms, Places.scope(meta.place()));
        new DepartmentWriter(iris, doc, provenance, bodies, tasks).write(document, extraction.assignments());
        citations.draftingBodies(document);
        new TargetWriter(iris, provenance, indicatorConcepts, units, tasks).write(document, extraction.targets());
        new ProjectWriter(iris, provenance, bodies).write(document, extraction.projects());
        return new DocumentGraph(doc.fileName(), documentIri, iris.documentGraph(documentIri), model,
                doc.warnings());
    }
}
