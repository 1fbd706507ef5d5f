package org.policykg.ingest;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.DocumentGraphBuilder;
import org.policykg.rdf.Iris;
import org.policykg.extract.DocumentExtractor;
import org.policykg.extract.Extraction;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.read.BadInputException;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceText;
import org.policykg.structure.Line;
import org.policykg.structure.Lines;
import org.policykg.structure.Outline;
import org.policykg.structure.OutlineReader;
import org.policykg.structure.PolicyDocument;
import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.structure.metadata.DocumentMetadataReader;
import org.policykg.validate.ReportText;
import org.policykg.validate.ShaclCheck;

/** One file through read → normalize → structure → extract → build → validate; storing is the caller's. */
public final class DocumentPipeline {
    private final DocumentReader reader = new DocumentReader();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final DocumentMetadataReader metadataReader = new DocumentMetadataReader();
    private final OutlineReader outlineReader = new OutlineReader();
    private final DocumentExtractor extractor = new DocumentExtractor();
    private final Iris iris;
    private final DocumentGraphBuilder builder;
    private final ShaclCheck shacl = new ShaclCheck();

    public DocumentPipeline(Iris iris) {
        this.iris = iris;
        this.builder = new DocumentGraphBuilder(iris);
    }

    public PolicyDocument structure(Path file) throws BadInputException {
        SourceText source = reader.read(file);
        NormalizedText text = normalizer.normalize(source.text());
        // metadata and outline read the same lines: split once
        List<Line> lines = Lines.of(text);
        DocumentMetadata metadata = metadataReader.read(source.fileName(), lines);
        Outline outline = outlineReader.read(text, lines, metadata.title());
        return new PolicyDocument(source, text, metadata, outline);
    }

    /** The document's graph, not yet validated, with its checksum and the number of regulations it cites. */
    public BuiltDocument build(Path file) throws BadInputException {
        PolicyDocument doc = structure(file);
        Extraction extraction = extractor.extract(doc);
        DocumentGraph graph = builder.build(doc, extraction);
        return new BuiltDocument(file, graph, doc.source().sha256(), citedRegulations(extraction));
    }

    /** One eli:cites per regulation IRI: two citations the extractor kept apart may still be one regulation. */
    private long citedRegulations(Extraction extraction) {
        return extraction.citations().stream().map(c -> iris.regulation(c.number(), c.titleKey())).distinct().count();
    }

    /** Refuses a graph with any SHACL violation; the message names the file, focus node, path and problem. */
    public void validate(Path file, DocumentGraph graph) throws InvalidDocumentException {
        ValidationReport report = shacl.checkViolations(graph.model().getGraph());
        if (ReportText.violations(report) > 0) {
            throw new InvalidDocumentException(ReportText.of(file.toString(), report, 20).strip());
        }
    }
}
