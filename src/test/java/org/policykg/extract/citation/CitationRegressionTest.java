package org.policykg.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.SeedDocuments;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.support.GoldScore;
import org.policykg.structure.number.DocumentNumber;

/**
 * Precision and recall of the citations found in the five seeds against the hand-checked gold file,
 * matched as the project's scorer does (same number, or the same title up to punctuation, or one
 * title holding the other and at least 80% as long). The floors sit just below what is reached, so a
 * change that loses citations fails here. The predictions are written to target/eval/citations.tsv
 * for {@code score.py citations}.
 */
class CitationRegressionTest {
    private static final double PRECISION_FLOOR = 0.98;
    private static final double RECALL_FLOOR = 0.98;

    record Row(String source, String number, String title) {
    }

    private static List<Row> gold;
    private static List<Row> predicted;

    @BeforeAll
    static void extractAll() throws Exception {
        gold = readGold();
        predicted = new ArrayList<>();
        CitationExtractor extractor = new CitationExtractor();
        for (String file : SeedDocuments.fileNames()) {
            NormalizedText text = SeedDocuments.text(file.substring(0, 3));
            DocumentMetadata self = SeedDocuments.metadata(file.substring(0, 3));
            for (CitedRegulation r : CitationExtractor.distinct(extractor.extract(text, self))) {
                predicted.add(new Row(file, r.number() == null ? "" : r.number(), r.title() == null ? "" : r.title()));
            }
        }
        writePredictions(predicted);
    }

    @Test
    void citationsOfTheSeedsAreFoundWithHighPrecisionAndRecall() {
        printPerSource();
        GoldScore<Row> score = GoldScore.of(gold, predicted, CitationRegressionTest::same);
        System.out.println("citations: " + score);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    /** Matching never crosses sources, so each source scored alone is its share of the whole. */
    private static void printPerSource() {
        Stream.concat(gold.stream(), predicted.stream()).map(Row::source).distinct().sorted().forEach(source -> {
            GoldScore<Row> s = GoldScore.of(of(gold, source), of(predicted, source), CitationRegressionTest::same);
            System.out.printf("%s gold=%d pred=%d tp=%d%n", source, s.gold(), s.predicted(), s.matched());
        });
    }

    private static List<Row> of(List<Row> rows, String source) {
        return rows.stream().filter(r -> r.source().equals(source)).toList();
    }

    static boolean same(Row g, Row p) {
        if (!g.source().equals(p.source())) {
            return false;
        }
        if (!g.number().isEmpty() && !p.number().isEmpty()) {
            return numberKey(g.number()).equals(numberKey(p.number()));
        }
        if (g.title().isEmpty() || p.title().isEmpty()) {
            return false;
        }
        String a = RegulationKey.title(TextNormalizer.simplified(g.title()));
        String b = RegulationKey.title(TextNormalizer.simplified(p.title()));
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return a.equals(b) || shorter.length() >= 6 && longer.contains(shorter) && shorter.length() >= 0.8 * longer.length();
    }

    private static String numberKey(String n) {
        return DocumentNumber.parse(n).map(DocumentNumber::canonical).orElse(n.replaceAll("\\s", "").toUpperCase());
    }

    private static List<Row> readGold() throws IOException {
        try (InputStream in = CitationRegressionTest.class.getResourceAsStream("/gold/citations.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            return lines.stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                    .map(c -> new Row(c[0], c[1], c[2])).toList();
        }
    }

    private static void writePredictions(List<Row> rows) throws IOException {
        Path out = Path.of("target/eval/citations.tsv");
        Files.createDirectories(out.getParent());
        StringBuilder sb = new StringBuilder("source\tnumber\ttitle\n");
        rows.forEach(r -> sb.append(r.source()).append('\t').append(r.number()).append('\t').append(r.title()).append('\n'));
        Files.writeString(out, sb.toString());
    }
}
