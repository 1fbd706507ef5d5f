package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.support.GoldKeys.sameBody;
import static org.policykg.support.GoldKeys.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.support.GoldScore;

/**
 * The extractor against the hand-checked gold of the seeds (src/test/resources/gold/departments.tsv,
 * a copy of the shared eval's), matched as the shared score.py matches: the gold anchor is contained in
 * the task's text and the body is the same but for a place qualifier the text left implicit. Floors sit
 * just below what the extractor reaches, so a change that loses answers fails here. The predictions are
 * also written to target/eval/departments.tsv for score.py.
 */
class DepartmentGoldRegressionTest {
    private static final double MIN_PRECISION = 0.99;
    private static final double MIN_RECALL = 0.99;
    private static final double MIN_ROLE_ACCURACY = 0.99;

    record Row(String source, String task, String department, String role) {
    }

    @Test
    void precisionRecallAndRolesOnTheSeeds() throws IOException {
        List<Row> predicted = predict();
        write(predicted);
        GoldScore<Row> score = GoldScore.of(gold(), predicted, DepartmentGoldRegressionTest::matches);
        System.out.println("departments: " + score);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(score.agreement((g, p) -> g.role().equals(p.role()))).as("role accuracy")
                .isGreaterThanOrEqualTo(MIN_ROLE_ACCURACY);
    }

    private static boolean matches(Row gold, Row predicted) {
        return gold.source().equals(predicted.source()) && !text(gold.task()).isEmpty()
                && text(predicted.task()).contains(text(gold.task()))
                && sameBody(text(gold.department()), text(predicted.department()));
    }

    private static List<Row> gold() throws IOException {
        try (InputStream in = DepartmentGoldRegressionTest.class.getResourceAsStream("/gold/departments.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Map<String, Row> rows = new LinkedHashMap<>(); // the scorer counts a (source, anchor, body) once
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split("\t", -1);
                if (c.length >= 4) {
                    Row r = new Row(c[0], c[1], c[2], c[3].strip());
                    rows.put(r.source() + "\u0000" + text(r.task()) + "\u0000" + text(r.department()), r);
                }
            }
            return new ArrayList<>(rows.values());
        }
    }

    private static List<Row> predict() {
        List<Row> rows = new ArrayList<>();
        for (Seeds.Doc doc : Seeds.all()) {
            for (Assignment a : doc.assignments()) {
                rows.add(new Row(doc.fileName(), a.task().text(), a.name(), a.role().label()));
            }
        }
        return rows;
    }

    private static void write(List<Row> rows) throws IOException {
        Path out = Path.of("target/eval/departments.tsv");
        Files.createDirectories(out.getParent());
        StringBuilder sb = new StringBuilder("source\ttask\tdepartment\trole\n");
        for (Row r : rows) {
            sb.append(String.join("\t", r.source(), r.task().replaceAll("[\\t\\r\\n]+", " "), r.department(), r.role()))
                    .append('\n');
        }
        Files.writeString(out, sb.toString());
    }
}
