package org.policykg.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.support.GoldScore;
import org.policykg.testing.SeedDocuments;
import org.policykg.testing.SeedDocuments.Seed;

/**
 * Precision and recall of the targets of the seed documents against the hand-checked gold, matched
 * as the shared scorer does: same document, equal value, equal unit after normalization, similar
 * label (contained, or bigram Dice at least 0.5). Writes target/eval/indicators.tsv for score.py.
 */
@DisplayName("Targets of the seed documents against the gold")
class TargetRegressionTest {
    private static final double MIN_PRECISION = 0.94;
    private static final double MIN_RECALL = 0.98;

    record Row(String source, String indicator, BigDecimal value, String unit) {
    }

    @Test
    void precisionAndRecallStayAboveTheFloor() throws IOException {
        GoldScore<Row> score = GoldScore.of(gold(), predicted(), TargetRegressionTest::same);
        System.out.println("indicators: " + score);
        assertThat(score.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    private static boolean same(Row g, Row p) {
        return g.source().equals(p.source()) && g.value().compareTo(p.value()) == 0
                && unitKey(g.unit()).equals(unitKey(p.unit()))
                && LabelSimilarity.similar(g.indicator(), p.indicator(), 0.5);
    }

    /** The scorer's unit equivalences: 微克/立方米 = 微克每立方米 = μg/m³, 亿 = 亿元, 个百分点 = 百分点. */
    static String unitKey(String unit) {
        String u = unit.replaceAll("\\s+", "").toLowerCase().replace('³', '3').replace('µ', 'μ').replace('％', '%');
        return switch (u) {
            case "微克每立方米", "μg/m3", "ug/m3", "微克/m3" -> "微克/立方米";
            case "亿" -> "亿元";
            case "万" -> "万元";
            case "百分点" -> "个百分点";
            case "平方千米", "km2" -> "平方公里";
            default -> u;
        };
    }

    private static List<Row> predicted() throws IOException {
        TargetExtractor extractor = new TargetExtractor();
        List<Row> rows = new ArrayList<>();
        StringBuilder tsv = new StringBuilder("source\tindicator\tvalue\tunit\tcomparator\tyear\n");
        for (Seed seed : SeedDocuments.all()) {
            for (Target t : extractor.extract(seed.text(), seed.outline(), null)) {
                if (t.hasValue()) {
                    rows.add(new Row(seed.fileName(), t.indicator(), t.value(), t.unit()));
                    tsv.append(String.join("\t", seed.fileName(), t.indicator(), t.value().toPlainString(), t.unit(),
                            t.comparator().code(), t.year() == null ? "" : t.year().toString())).append('\n');
                }
            }
        }
        Path out = Path.of("target/eval/indicators.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, tsv, StandardCharsets.UTF_8);
        return rows;
    }

    private static List<Row> gold() throws IOException {
        try (InputStream in = TargetRegressionTest.class.getResourceAsStream("/gold/indicators.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).toList();
            return lines.stream().map(l -> l.split("\t", -1))
                    .map(f -> new Row(f[0], f[1], new BigDecimal(f[2]), f[3])).toList();
        }
    }
}
