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
        Iris iris = new Iris("http://example.org/kg");
        int titled = 0;
        for (List<CitationMention> mentions : mentionsOfEveryDocument()) {
            for (CitedRegulation cited : CitationExtractor.distinct(mentions)) {
                if (cited.title() == null) {
                    assertThat(cited.titleKey()).isNull();
                    continue;
                }
                titled++;
                assertThat(cited.titleKey()).as(cited.title()).isEqualTo(RegulationKey.title(cited.title()));
                assertThat(iris.regulationByTitleKey(cited.titleKey())).isEqualTo(iris.regulationByTitle(cited.title()));
            }
        }
        assertThat(titled).as("regulations cited by title").isGreaterThan(100);
    }

    @Test
    @DisplayName("mentions are grouped as filtering the matching groups and removing them did")
    void groupsAsThePlainMerge() throws Exception {
        int merged = 0;
        for (List<CitationMention> mentions : mentionsOfEveryDocument()) {
            List<List<CitationMention>> plain = plainGroups(mentions);
            List<CitedRegulation> distinct = CitationExtractor.distinct(mentions);
            assertThat(distinct).hasSameSizeAs(plain);
            for (List<CitationMention> group : plain) {
                List<CitationMention> ordered = group.stream().sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList();
                assertThat(distinct).anySatisfy(c -> assertThat(c.mentions()).isEqualTo(ordered));
            }
            merged += mentions.size() - plain.size();
        }
        assertThat(merged).as("mentions merged into another's regulation").isGreaterThan(100);
    }

    /** The merge as it was written before: streams, and removeAll of the matching groups. */
    private static List<List<CitationMention>> plainGroups(List<CitationMention> mentions) {
        List<List<CitationMention>> groups = new ArrayList<>();
        for (CitationMention m : mentions) {
            List<List<CitationMention>> matching = groups.stream().filter(g -> g.stream().anyMatch(o -> same(m, o))).toList();
            List<CitationMention> group = new ArrayList<>();
            matching.forEach(group::addAll);
            group.add(m);
            groups.removeAll(matching);
            groups.add(group);
        }
        return groups;
    }

    private static boolean same(CitationMention a, CitationMention b) {
        boolean sameNumber = a.number() != null && a.number().equals(b.number());
        boolean sameTitle = a.title() != null && b.title() != null
                && RegulationKey.withoutStateName(RegulationKey.title(a.title()))
                .equals(RegulationKey.withoutStateName(RegulationKey.title(b.title())));
        boolean differentNumbers = a.number() != null && b.number() != null && !a.number().equals(b.number());
        return sameNumber || sameTitle && !differentNumbers;
    }

    private static List<List<CitationMention>> mentionsOfEveryDocument() throws Exception {
        Path corpus = Files.createTempDirectory("cited-title-key");
        new CorpusGenerator(42).write(corpus, 120);
        DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));
        CitationExtractor extractor = new CitationExtractor();
        List<List<CitationMention>> out = new ArrayList<>();
        for (Path file : files(SeedDocuments.DIR, SeedDocuments.HELD_OUT, corpus)) {
            try {
                PolicyDocument doc = pipeline.structure(file);
                out.add(extractor.extract(doc.text(), doc.metadata()));
            } catch (Exception refused) {
                // a held-out file the reader refuses cites nothing
            }
        }
        return out;
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
