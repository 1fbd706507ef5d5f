package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.policykg.extract.DocumentExtractor;
import org.policykg.extract.Extraction;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Script;
import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.PolicyDocument;

/** What the writers skip or work out ahead changes nothing they write. */
class WriterShortcutsTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @Test
    void anOriginalWordingIsWrittenForATraditionalDocumentOnly() {
        NormalizedText simplified = new TextNormalizer().normalize("发展改革委负责。");
        NormalizedText traditional = new TextNormalizer().normalize("發展改革委負責。");
        assertThat(simplified.script()).isEqualTo(Script.SIMPLIFIED);
        assertThat(traditional.script()).isEqualTo(Script.TRADITIONAL);
        assertThat(new Texts(simplified).keepsOriginal()).isFalse();
        assertThat(new Texts(traditional).keepsOriginal()).isTrue();
        // a Simplified document writes the same with an original or without one, so a writer need not cut it
        assertThat(written(simplified, "發展改革委")).isEqualTo(1).isEqualTo(written(simplified, null));
        assertThat(written(traditional, "發展改革委")).isEqualTo(2);
        assertThat(written(traditional, null)).isEqualTo(1);
    }

    private static long written(NormalizedText text, String original) {
        Model model = ModelFactory.createDefaultModel();
        Resource subject = model.createResource("urn:x:s");
        Property property = model.createProperty("urn:x:p");
        new Texts(text).add(subject, property, "发展改革委", original);
        return model.size();
    }

    @Test
    void theSizeEstimateIsNearTheGraphBuilt() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(IRIS);
        DocumentExtractor extractor = new DocumentExtractor();
        DocumentGraphBuilder builder = new DocumentGraphBuilder(IRIS);
        int checked = 0;
        for (Path dir : List.of(Path.of("data/documents"), Path.of("src/test/resources/heldout/documents"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    PolicyDocument doc = pipeline.structure(f);
                    Extraction extraction = extractor.extract(doc);
                    double estimate = GraphSize.estimate(doc, extraction);
                    long size = builder.build(doc, extraction).model().size();
                    // near enough that the store is made about the right size at once
                    assertThat(size / estimate).as(f.toString()).isBetween(0.5, 1.5);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
