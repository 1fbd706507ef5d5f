package org.policykg.heldout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.support.GoldKeys.sameBody;
import static org.policykg.support.GoldKeys.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.normalize.TextNormalizer;
import org.policykg.query.SavedQueries;
import org.policykg.support.GoldScore;
import org.policykg.support.IngestedStore;

/**
 * Extraction on documents the rules were not written from: the held-out set of
 * {@code src/test/resources/heldout} (other provinces, other layouts; see its README). The documents go
 * through the whole pipeline (ingest into a real store, the saved queries citations.rq,
 * task-departments.rq, indicator-targets.rq), and the rows are matched against the hand-annotated gold
 * as {@code /work/shared/eval/score.py} matches them. Floors sit just below what is reached.
 */
@DisplayName("Extraction on the held-out documents")
class HeldOutRegressionTest {
    private static final Path DIR = Path.of("src/test/resources/heldout");
    private static final double CITATIONS_F1 = 0.97;
    private static final double DEPARTMENTS_F1 = 0.97;
    private static final double ROLE_ACCURACY = 0.97;
    private static final double INDICATORS_F1 = 0.96;

    private static final Pattern CELL = Pattern.compile("^\"(.*)\"(@[\\w-]+|\\^\\^<[^>]*>)?$");

    @RegisterExtension
    static final IngestedStore store = new IngestedStore(DIR.resolve("documents"));

    @Test
    void everyHeldOutDocumentIsIngested() throws IOException {
        try (var files = Files.list(DIR.resolve("documents"))) {
            long n = files.count();
            assertThat(store.errors()).isEmpty();
            assertThat(query("citations").stream().map(r -> r.get("source")).distinct().count()).isPositive();
            assertThat(n).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void citations() throws IOException {
        List<Map<String, String>> gold = gold("citations.tsv");
        List<Map<String, String>> pred = dedupe(query("citations"), "source", "number", "title");
        double f1 = report("citations", gold, pred, (g, p) -> {
            String gn = number(g.get("number"));
            String pn = number(p.get("number"));
            if (!gn.isEmpty() && !pn.isEmpty()) {
                return gn.equals(pn);
            }
            String t = text(g.get("title"));
            String u = text(p.get("title"));
            if (t.isEmpty() || u.isEmpty()) {
                return false;
            }
            String shorter = t.length() <= u.length() ? t : u;
            String longer = t.length() <= u.length() ? u : t;
            return t.equals(u) || shorter.length() >= 6 && longer.contains(shorter) && shorter.length() >= 0.8 * longer.length();
        }).f1();
        assertThat(f1).isGreaterThanOrEqualTo(CITATIONS_F1);
    }

    @Test
    void departmentsAndRoles() throws IOException {
        List<Map<String, String>> gold = gold("departments.tsv");
        List<Map<String, String>> pred = query("task-departments");
        GoldScore<Map<String, String>> score = report("departments", gold, pred,
                (g, p) -> text(p.get("task")).contains(text(g.get("anchor")))
                        && sameBody(text(g.get("department")), text(p.get("department"))));
        double roles = score.agreement((g, p) -> {
            boolean lead = p.get("role").toLowerCase().contains("lead") || p.get("role").contains("牵头");
            return lead == g.get("role").equals("lead");
        });
        System.out.printf("held-out departments: role accuracy %.3f%n", roles);
        assertThat(score.f1()).isGreaterThanOrEqualTo(DEPARTMENTS_F1);
        assertThat(roles).isGreaterThanOrEqualTo(ROLE_ACCURACY);
    }

    @Test
    void indicators() throws IOException {
        List<Map<String, String>> gold = gold("indicators.tsv");
        List<Map<String, String>> pred = query("indicator-targets");
        double f1 = report("indicators", gold, pred, (g, p) -> {
            BigDecimal a = value(g.get("value"));
            BigDecimal b = value(p.get("value"));
            return a != null && b != null && a.compareTo(b) == 0 && unit(g.get("unit")).equals(unit(p.get("unit")))
                    && similar(text(g.get("indicator")), text(p.get("indicator")));
        }).f1();
        assertThat(f1).isGreaterThanOrEqualTo(INDICATORS_F1);
    }

    /** Scored within each source, as score.py does; printed for the log. */
    private static GoldScore<Map<String, String>> report(String kind, List<Map<String, String>> gold,
            List<Map<String, String>> pred, BiPredicate<Map<String, String>, Map<String, String>> same) {
        GoldScore<Map<String, String>> score = GoldScore.of(gold, pred,
                (g, p) -> p.get("source").equals(g.get("source")) && same.test(g, p));
        System.out.printf("held-out %s: %s%n", kind, score);
        return score;
    }

    private static List<Map<String, String>> query(String name) {
        String[] lines = store.tsv(new SavedQueries(Path.of("queries")).find(name).orElseThrow(), Map.of()).split("\n");
        String[] header = lines[0].split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c].replaceFirst("^[?$]", "").toLowerCase(), c < cells.length ? cell(cells[c]) : "");
            }
            row.put("source", source(row.getOrDefault("source", "")));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> gold(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], c < cells.length ? cells[c] : "");
            }
            row.put("source", source(row.get("source")));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> dedupe(List<Map<String, String>> rows, String... keys) {
        Set<String> seen = new HashSet<>();
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            StringBuilder k = new StringBuilder();
            for (String key : keys) {
                k.append(key.equals("number") ? number(r.get(key)) : key.equals("title") ? text(r.get(key)) : r.get(key)).append('\u0000');
            }
            if (seen.add(k.toString())) {
                out.add(r);
            }
        }
        return out;
    }

    private static String cell(String v) {
        String s = v.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            return s.substring(1, s.length() - 1);
        }
        Matcher m = CELL.matcher(s);
        return m.matches() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : s;
    }

    private static String source(String v) {
        String s = v.replaceAll(".*[/#]", "");
        return s.endsWith(".txt") ? s.substring(0, s.length() - 4) : s;
    }

    private static String simp(String s) {
        return s == null ? "" : TextNormalizer.simplified(s);
    }

    private static String number(String s) {
        return simp(s).replaceAll("[\\[［【(（﹝〈]", "〔").replaceAll("[\\]］】)）﹞〉]", "〕").replaceAll("\\s+", "")
                .replace("號", "号").toUpperCase();
    }

    private static BigDecimal value(String v) {
        Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(v == null ? "" : v.replace(",", ""));
        return m.find() ? new BigDecimal(m.group()) : null;
    }

    private static String unit(String v) {
        String u = simp(v).replaceAll("\\s+", "").toLowerCase();
        if (u.matches("微克每立方米|微克/立方米|[uµμ]g/m[3³]|微克/m[3³]")) {
            return "微克/立方米";
        }
        if (u.matches("%|％")) {
            return "%";
        }
        if (u.matches("个百分点|百分点")) {
            return "百分点";
        }
        if (u.matches("亿|亿元")) {
            return "亿元";
        }
        if (u.matches("平方公里|平方千米|km2|km²")) {
            return "平方公里";
        }
        return u;
    }

    private static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (shorter.length() >= 4 && longer.contains(shorter)) {
            return true;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size()) >= 0.5;
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }
}
