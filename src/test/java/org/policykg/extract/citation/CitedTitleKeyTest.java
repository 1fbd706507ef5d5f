package org.policykg.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.bench.CorpusGenerator;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.Iris;
import org.policykg.structure.PolicyDocument;
import org.policykg.testing.SeedDocuments;

/**
 * A cited regulation carries its title's key, made once by extraction for merging and for its IRI: it is
 * {@link RegulationKey#title} of the title it keeps, on every seed, held-out and synthetic document, and
 * the IRI minted from it is the one minted from the title.
 */
@DisplayName("A cited regulation's title key is its title's")
class CitedTitleKeyTest {
    @Test
    void theCarriedKeyIsTheTitlesKey() throws Exception {
        Path corpus = Files.createTempDirectory("cited-title-key");
        new CorpusGenerator(42).write(corpus, 120);
        DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));
        Iris iris = new Iris("http://example.org/kg");
        CitationExtractor extractor = new CitationExtractor();
        int titled = 0;
        for (Path file : files(SeedDocuments.DIR, SeedDocuments.HELD_OUT, corpus)) {
            PolicyDocument doc;
            try {
                doc = pipeline.structure(file);
            } catch (Exception refused) {
                continue; // a held-out file the reader refuses cites nothing
            }
            for (CitedRegulation cited : CitationExtractor.distinct(extractor.extract(doc.text(), doc.metadata()))) {
                if (cited.title() == null) {
                    assertThat(cited.titleKey()).isNull();
                    continue;
                }
                titled++;
                assertThat(cited.titleKey()).as(cited.title()).isEqualTo(RegulationKey.title(cited.title()));
                assertThat(iris.regulationByTitleKey(cited.titleKey())).isEqualTo(iris.regulation(null, cited.title()));
            }
        }
        assertThat(titled).as("regulations cited by title").isGreaterThan(100);
    }

    private static List<Path> files(Path... dirs) throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.list(dir)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        return out;
    }
}
