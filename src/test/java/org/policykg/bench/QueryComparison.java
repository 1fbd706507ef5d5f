package org.policykg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.store.KnowledgeStore;

/**
 * Two versions of the saved queries side by side on one store, in one JVM:
 * {@code QueryComparison STORE OLD_DIR NEW_DIR ROUNDS [SPEC …]}, a SPEC being a query name with
 * optional parameters ({@code cited-by?number=国发〔2015〕17号}); without SPECs every query of NEW_DIR
 * without parameters. Old and new alternate run by run (after {@code -Dwarmups=N} warm-up runs each,
 * default 1; the first also gives the rows compared), so that load on the
 * shared machine hits both alike. Prints p50/p99 of each and whether both return the same columns and
 * the same rows in the same order (or, where only ties of the ORDER BY differ, the same multiset).
 */
public final class QueryComparison {
    /** Above this a query is not repeated: one run says enough. */
    private static final double REPEAT_LIMIT_MS = 60_000;
    private static final int WARMUPS = Integer.getInteger("warmups", 1);

    private record Outcome(List<String> columns, List<List<String>> rows) {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        Path oldDir = Path.of(args[1]);
        Path newDir = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<String> specs = new ArrayList<>(Arrays.asList(args).subList(4, args.length));
        if (specs.isEmpty()) {
            try (Stream<Path> files = Files.list(newDir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted()
                        .forEach(n -> specs.add(n.substring(0, n.length() - 3)));
            }
        }
        System.out.printf("%-60s %9s %9s %9s %9s %7s %8s  %s%n", "query", "old p50", "old p99", "new p50", "new p99", "×", "rows", "same");
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            for (String spec : specs) {
                String name = spec.contains("?") ? spec.substring(0, spec.indexOf('?')) : spec;
                Map<String, String> values = parameters(spec);
                SavedQuery oldQuery = SavedQueries.fromFile(oldDir.resolve(name + ".rq"));
                SavedQuery newQuery = SavedQueries.fromFile(newDir.resolve(name + ".rq"));
                List<Double> oldMs = new ArrayList<>();
                List<Double> newMs = new ArrayList<>();
                Outcome oldOut = run(s, oldQuery, values, WARMUPS > 0 ? null : oldMs);
                Outcome newOut = run(s, newQuery, values, WARMUPS > 0 ? null : newMs);
                for (int w = 1; w < WARMUPS; w++) {
                    run(s, oldQuery, values, null);
                    run(s, newQuery, values, null);
                }
                for (int r = WARMUPS > 0 ? 0 : 1; r < rounds; r++) {
                    boolean slow = !oldMs.isEmpty() && Math.max(oldMs.get(oldMs.size() - 1), newMs.get(newMs.size() - 1)) > REPEAT_LIMIT_MS;
                    if (slow) {
                        break;
                    }
                    run(s, oldQuery, values, oldMs);
                    run(s, newQuery, values, newMs);
                }
                String same = compare(oldOut, newOut);
                double oldP50 = p(oldMs, 0.5);
                double newP50 = p(newMs, 0.5);
                System.out.printf("%-60s %9.1f %9.1f %9.1f %9.1f %7.1f %8d  %s%n", spec, oldP50, p(oldMs, 0.99), newP50, p(newMs, 0.99),
                        oldP50 / newP50, newOut.rows().size(), same);
            }
        }
    }

    private static Map<String, String> parameters(String spec) {
        Map<String, String> values = new LinkedHashMap<>();
        if (spec.contains("?")) {
            for (String pair : spec.substring(spec.indexOf('?') + 1).split("&")) {
                values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return values;
    }

    private static Outcome run(KnowledgeStore s, SavedQuery q, Map<String, String> values, List<Double> ms) {
        Map<String, Node> bindings = q.bind(values);
        long start = System.nanoTime();
        Outcome out = s.query(q.parse(), bindings, exec -> {
            ResultSet rs = exec.execSelect();
            List<String> columns = rs.getResultVars();
            List<List<String>> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(Objects.toString(row.get(c), ""));
                }
                rows.add(cells);
            }
            return new Outcome(columns, rows);
        });
        if (ms != null) {
            ms.add((System.nanoTime() - start) / 1e6);
        }
        return out;
    }

    private static String compare(Outcome a, Outcome b) {
        if (!a.columns().equals(b.columns())) {
            return "DIFFERENT COLUMNS " + a.columns() + " vs " + b.columns();
        }
        if (a.rows().equals(b.rows())) {
            return "same rows, same order";
        }
        List<String> x = a.rows().stream().map(Object::toString).sorted().toList();
        List<String> y = b.rows().stream().map(Object::toString).sorted().toList();
        if (x.equals(y)) {
            return "same rows, order differs (ties)";
        }
        List<String> onlyOld = new ArrayList<>(x);
        onlyOld.removeAll(y);
        List<String> onlyNew = new ArrayList<>(y);
        onlyNew.removeAll(x);
        return "DIFFERENT ROWS: " + a.rows().size() + " vs " + b.rows().size() + "; only old e.g. "
                + onlyOld.stream().limit(2).toList() + "; only new e.g. " + onlyNew.stream().limit(2).toList();
    }

    private static double p(List<Double> ms, double q) {
        if (ms.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = ms.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
