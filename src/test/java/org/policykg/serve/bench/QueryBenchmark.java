package org.policykg.serve.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.policykg.rdf.Iris;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.serve.PolicyKgServer;
import org.policykg.serve.ServeConfig;
import org.policykg.store.KnowledgeStore;

/**
 * The benchmark of {@code scripts/bench-queries.sh} (not a test): cold start of the built jar to a
 * first 200 from {@code /health}, then the saved queries' latency through PolicyKG (the saved-query
 * API and PolicyKG's SPARQL endpoint) and through a plain {@link FusekiServer} over the same TDB2
 * dataset, interleaved request by request. Writes the tables to the given Markdown file.
 * <p>
 * Arguments: {@code JAR OUTPUT.md [ROUNDS]}.
 */
public final class QueryBenchmark {
    record Case(String query, Map<String, String> params) {
        String label() {
            return params.isEmpty() ? query : query + "?" + String.join("&", params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }

    record Stats(double p50, double p99, double mean) {
    }

    static final List<Case> CASES = List.of(
            new Case("citations", Map.of()),
            new Case("cited-by", Map.of()),
            new Case("cited-by", Map.of("number", "国海发〔2017〕2号")),
            new Case("citation-chains", Map.of()),
            new Case("citation-chains", Map.of("source", "000_937dee3802406d3d.txt")),
            new Case("department-workload", Map.of()),
            new Case("indicator-across-cities", Map.of()),
            new Case("indicator-across-cities", Map.of("concept", "https://w3id.org/policykg/vocab/indicator/tree-cover")),
            new Case("indicator-targets", Map.of()),
            new Case("lead-bodies", Map.of()),
            new Case("policy-basis-by-level", Map.of()),
            new Case("projects-by-city", Map.of()),
            new Case("shared-indicators", Map.of()),
            new Case("shared-regulations", Map.of()),
            new Case("targets-by-theme", Map.of()),
            new Case("task-departments", Map.of()),
            new Case("task-departments", Map.of("source", "003_0f5258ab0390f5fa.txt")),
            new Case("timeline", Map.of()));
    static final String JSON = "application/sparql-results+json";
    static final String API = "PolicyKG /api/queries";
    static final String DS_REPEATED = "PolicyKG /ds/sparql, repeated query";
    static final String DS_EXECUTED = "PolicyKG /ds/sparql, executed";
    static final String PLAIN = "plain Fuseki /ds/sparql, executed";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/policykg.jar");
        Path output = Path.of(args.length > 1 ? args[1] : "BENCHMARKS.md");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int warmup = Math.max(20, rounds / 10);
        Path work = Files.createTempDirectory("policykg-bench");
        Path store = work.resolve("store");
        try {
            System.err.println("cold start: empty store (ingest the corpus, then serve) …");
            double fresh = coldStart(jar, store);
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                System.err.println("cold start: filled store, run " + (i + 1) + " …");
                warm.add(coldStart(jar, store));
            }
            warm.sort(Comparator.naturalOrder());
            Map<String, Map<String, Stats>> latency = latency(store, rounds, warmup);
            String table = report(jar, fresh, warm, latency, rounds, warmup);
            Files.writeString(output, replaceSections(output, table), StandardCharsets.UTF_8);
            System.out.print(table);
        } finally {
            delete(work);
        }
    }

    /** Seconds from launching {@code java -jar JAR serve} to the first 200 from /health. */
    static double coldStart(Path jar, Path store) throws Exception {
        int port = freePort();
        long started = System.nanoTime();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--store", store.toString(), "--port", Integer.toString(port))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).timeout(Duration.ofSeconds(2)).build();
            while (System.nanoTime() - started < 180e9) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("serve exited with " + p.exitValue());
                }
                try {
                    if (CLIENT.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("serve did not answer /health within 180 s");
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    static Map<String, Map<String, Stats>> latency(Path storeDir, int rounds, int warmup) throws Exception {
        Map<String, Map<String, Stats>> out = new LinkedHashMap<>();
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            ServeConfig config = new ServeConfig(0, "127.0.0.1", ServeConfig.DEFAULT_QUERY_TIMEOUT, null, Path.of("queries"),
                    ServeConfig.DEFAULT_MAX_UPLOAD_BYTES, Iris.DEFAULT_BASE);
            try (PolicyKgServer policykg = PolicyKgServer.start(config, store)) {
                FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", store.dataset().asDatasetGraph(), false).build().start();
                try {
                    SavedQueries queries = new SavedQueries(Path.of("queries"));
                    for (Case c : CASES) {
                        SavedQuery saved = queries.find(c.query()).orElseThrow();
                        String text = bound(saved, c.params());
                        String api = "http://localhost:" + policykg.port() + "/api/queries/" + c.query() + query(c.params());
                        String ds = "http://localhost:" + policykg.port() + "/ds/sparql?query=";
                        String plain = "http://localhost:" + fuseki.getPort() + "/ds/sparql?query=";
                        // A comment that differs per request makes a new question: the query is executed, not answered from kept answers.
                        Map<String, IntFunction<HttpRequest>> targets = new LinkedHashMap<>();
                        targets.put(API, i -> get(api));
                        targets.put(DS_REPEATED, i -> get(ds + enc(text)));
                        targets.put(DS_EXECUTED, i -> get(ds + enc("# request " + i + "\n" + text)));
                        targets.put(PLAIN, i -> get(plain + enc("# request " + i + "\n" + text)));
                        System.err.println("latency: " + c.label() + " …");
                        out.put(c.label(), measure(targets, rounds, warmup));
                    }
                } finally {
                    fuseki.stop();
                }
            }
        }
        return out;
    }

    static Map<String, Stats> measure(Map<String, IntFunction<HttpRequest>> targets, int rounds, int warmup) throws Exception {
        Map<String, double[]> times = new HashMap<>();
        targets.keySet().forEach(k -> times.put(k, new double[rounds]));
        List<String> names = new ArrayList<>(targets.keySet());
        Map<String, Integer> rowsSeen = new LinkedHashMap<>();
        for (int i = 0; i < warmup + rounds; i++) {
            // rotate the order so that no target always runs first or last
            for (int j = 0; j < names.size(); j++) {
                String name = names.get((i + j) % names.size());
                HttpRequest request = targets.get(name).apply(i);
                long t0 = System.nanoTime();
                HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(name + ": " + r.statusCode() + " " + r.body());
                }
                if (i == 0) {
                    rowsSeen.put(name, rows(r.body()));
                }
                if (i >= warmup) {
                    times.get(name)[i - warmup] = (t1 - t0) / 1e6;
                }
            }
        }
        if (rowsSeen.values().stream().distinct().count() != 1) {
            throw new IllegalStateException("the targets disagree on the number of rows: " + rowsSeen);
        }
        System.err.println("  rows: " + rowsSeen.values().iterator().next());
        Map<String, Stats> out = new LinkedHashMap<>();
        for (String name : names) {
            double[] t = times.get(name);
            Arrays.sort(t);
            out.put(name, new Stats(percentile(t, 0.50), percentile(t, 0.99), Arrays.stream(t).average().orElse(0)));
        }
        return out;
    }

    static int rows(String json) {
        int[] n = {0};
        org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON).forEachRemaining(b -> n[0]++);
        return n[0];
    }

    /**
     * The saved query's text with its parameters as an inline {@code VALUES} at the head of the WHERE
     * pattern: the same result as Jena's substitution, in a form any SPARQL endpoint accepts (a
     * substituted variable in GROUP BY cannot be written back as text).
     */
    static String bound(SavedQuery saved, Map<String, String> params) {
        Map<String, Node> bindings = saved.bind(params);
        if (bindings.isEmpty()) {
            return saved.text();
        }
        Query query = saved.parse();
        List<Var> vars = new ArrayList<>();
        var row = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        bindings.forEach((name, node) -> {
            vars.add(Var.alloc(name));
            row.add(Var.alloc(name), node);
        });
        org.apache.jena.sparql.syntax.ElementData data = new org.apache.jena.sparql.syntax.ElementData(vars, List.of(row.build()));
        org.apache.jena.sparql.syntax.ElementGroup group = new org.apache.jena.sparql.syntax.ElementGroup();
        group.addElement(data);
        if (query.getQueryPattern() instanceof org.apache.jena.sparql.syntax.ElementGroup original) {
            original.getElements().forEach(group::addElement);
        } else {
            group.addElement(query.getQueryPattern());
        }
        query.setQueryPattern(group);
        return query.serialize();
    }

    static String report(Path jar, double fresh, List<Double> warm, Map<String, Map<String, Stats>> latency, int rounds, int warmup) {
        StringBuilder md = new StringBuilder();
        md.append("## Cold start to serving\n\n");
        md.append("Written by `scripts/bench-queries.sh` (").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("). Shipped corpus (`data/documents`), one TDB2 store. Machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, load average ").append(loadAverage())
                .append(" at the end of the run, Java ").append(System.getProperty("java.version")).append(".\n\n");
        md.append("`java -jar ").append(jar).append(" serve` until the first `200` from `/health` (launch included).\n\n");
        md.append("| store | seconds |\n|---|---:|\n");
        md.append(String.format(Locale.ROOT, "| empty (fresh clone: ingest the corpus, then serve) | %.2f |%n", fresh));
        md.append(String.format(Locale.ROOT, "| filled (median of 3; runs: %s) | %.2f |%n",
                String.join(", ", warm.stream().map(w -> String.format(Locale.ROOT, "%.2f", w)).toList()), warm.get(warm.size() / 2)));
        md.append("\n## Saved-query latency\n\n");
        md.append("Milliseconds per request from a Java HTTP client on the same machine, ").append(rounds)
                .append(" measured requests per cell after ").append(warmup)
                .append(" warm-up ones, the four targets interleaved. JSON results. *API* is the saved-query API "
                        + "(parameters bound by Jena substitution; a repeated question is answered from its kept answer). "
                        + "*/ds repeated* sends PolicyKG's endpoint the same query text every time (answered from the kept answer "
                        + "after the first); */ds executed* and *plain Fuseki* (a `FusekiServer` over the same dataset) get the text with a "
                        + "comment that differs per request, so every request is parsed and executed. The endpoint gets the saved query with "
                        + "its parameters as an inline `VALUES` at the head of the WHERE pattern (same rows, checked). "
                        + "Ratios are p50 over plain Fuseki's p50.\n\n");
        md.append("| query | API p50 | p99 | /ds repeated p50 | p99 | /ds executed p50 | p99 | plain Fuseki p50 | p99 | ratio executed | ratio API | ratio repeated |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        latency.forEach((label, s) -> {
            Stats api = s.get(API);
            Stats repeated = s.get(DS_REPEATED);
            Stats executed = s.get(DS_EXECUTED);
            Stats plain = s.get(PLAIN);
            md.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%n", label,
                    api.p50(), api.p99(), repeated.p50(), repeated.p99(), executed.p50(), executed.p99(), plain.p50(), plain.p99(),
                    executed.p50() / plain.p50(), api.p50() / plain.p50(), repeated.p50() / plain.p50()));
        });
        md.append("\nAims (issue 5): p50 ≤ 20 ms on the shipped corpus, PolicyKG ≤ 1.1× plain Fuseki, cold start ≤ 5 s.\n");
        return md.toString();
    }

    /**
     * The Markdown file with this benchmark's sections (from its cold-start heading up to the next
     * other {@code ## } section) replaced, so the other benchmarks' sections stay as they are.
     */
    static String replaceSections(Path file, String sections) throws IOException {
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int from = old.indexOf("## Cold start to serving");
        if (from < 0) {
            return old + "\n" + sections;
        }
        int latency = old.indexOf("## Saved-query latency", from);
        int after = latency < 0 ? from + 1 : latency + 1;
        int to = firstOf(old.indexOf("\n## ", after), old.indexOf("\n<!-- ", after));
        return old.substring(0, from) + sections + (to < 0 ? "" : "\n" + old.substring(to + 1));
    }

    private static int firstOf(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", JSON).timeout(Duration.ofSeconds(60)).GET().build();
    }

    static String query(Map<String, String> params) {
        return params.isEmpty() ? "" : "?" + String.join("&", params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).toList());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
