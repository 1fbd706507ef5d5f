package org.policykg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * Tables and plot from the {@link ScaleBenchmark} results: the "Scale" section of BENCHMARKS.md
 * (between {@code <!-- scale:begin -->} and {@code <!-- scale:end -->}, the rest of the file kept) and
 * a log–log PNG of how each figure grows with the corpus (plain Java2D).
 *
 * <p>Usage: {@code ScaleReport WORK_DIR BENCHMARKS.md PLOT.png}.
 */
public final class ScaleReport {
    private static final String BEGIN = "<!-- scale:begin -->";
    private static final String END = "<!-- scale:end -->";

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        List<Map<String, String>> runs = new ArrayList<>();
        try (Stream<Path> s = Files.list(work)) {
            for (Path p : s.filter(f -> f.getFileName().toString().matches("size-\\d+\\.properties")).toList()) {
                runs.add(ScaleBenchmark.read(p));
            }
        }
        runs.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("documents"))));
        String section = section(runs, Path.of(args[2]));
        write(Path.of(args[1]), section);
        plot(runs, Path.of(args[2]));
        System.out.println("wrote " + args[1] + " and " + args[2]);
    }

    private static double d(Map<String, String> r, String key) {
        String v = r.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static String f(double v, String fmt) {
        return Double.isNaN(v) ? "–" : String.format(fmt, v);
    }

    static String section(List<Map<String, String>> runs, Path plot) {
        StringBuilder t = new StringBuilder();
        t.append(BEGIN).append("\n## Scale (synthetic corpus)\n\n");
        t.append("Written by `scripts/bench-scale.sh` (").append(LocalDate.now()).append(") from `ScaleBenchmark` runs: corpus by `CorpusGenerator` "
                + "(seed 42, the five seed styles, ~6 KB a document), TDB2 on local disk, machine with ")
                .append(runs.isEmpty() ? "?" : runs.get(0).get("cores"))
                .append(" cores shared with other jobs (the load average is logged with every figure in `target/bench/bench.log`), so "
                        + "absolute figures vary by 2–3× between runs; the figures of one comparison were measured side by side in one run, "
                        + "and their ratios are the telling part. Docs/s are documents per second of wall time.\n\n");
        t.append("### Ingest\n\n| documents | MB | quads | HanLP seg. 1 thread | ingest 1 thread | ratio | HanLP seg. 2 threads | ingest 2 threads | ratio | parallel speed-up |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, String> r : runs) {
            double n = d(r, "documents");
            double h1 = n / d(r, "hanlp.1.seconds"), i1 = n / d(r, "ingest.1.seconds");
            double h2 = n / d(r, "hanlp.2.seconds"), i2 = n / d(r, "ingest.2.seconds");
            t.append("| ").append((long) n).append(" | ").append(f(d(r, "corpus.bytes") / 1e6, "%.1f")).append(" | ")
                    .append(f(d(r, "quads"), "%.0f")).append(" | ").append(f(h1, "%.0f docs/s")).append(" | ")
                    .append(f(i1, "%.1f docs/s")).append(" | ").append(f(i1 / h1, "%.3f×")).append(" | ")
                    .append(f(h2, "%.0f docs/s")).append(" | ").append(f(i2, "%.1f docs/s")).append(" | ")
                    .append(f(i2 / h2, "%.3f×")).append(" | ").append(f(i2 / i1, "%.2f×")).append(" |\n");
        }
        t.append("\nAim: ingest ≥ 0.5× raw HanLP standard segmentation of the same text.\n\n");
        t.append("Where the time of the 2-thread ingest goes: extraction alone (read → normalize → structure → extract → build → "
                + "SHACL on 2 workers, nothing stored) and writing alone (the store load below through PolicyKG's store, N-Quads "
                + "parsing included) against the ingest, which runs both at once on the same 2 cores.\n\n");
        t.append("| documents | extraction alone, 2 threads | writing alone | ingest, 2 threads | ingest / HanLP |\n|---:|---:|---:|---:|---:|\n");
        for (Map<String, String> r : runs) {
            double n = d(r, "documents");
            t.append("| ").append((long) n).append(" | ").append(f(n / d(r, "extract.2.seconds"), "%.1f docs/s")).append(" | ")
                    .append(f(n / d(r, "load.policykg.seconds"), "%.1f docs/s")).append(" | ")
                    .append(f(n / d(r, "ingest.2.seconds"), "%.1f docs/s")).append(" | ")
                    .append(f(d(r, "hanlp.2.seconds") / d(r, "ingest.2.seconds"), "%.3f×")).append(" |\n");
        }
        t.append("\n");
        t.append("### Store load\n\nThe stored quads exported and written again: through PolicyKG's store (one graph per document, "
                + "TDB2 write transactions of 1, 2, 4, … up to " + ScaleBenchmark.MAX_UNIT + " documents as in the ingest, regulation merging; "
                + "the N-Quads parsed on the way, as the bulk loader parses them) "
                + "against Jena's TDB2 phased bulk loader (`LoaderFactory.phasedLoader`, what `tdb2.tdbloader` runs by default) into an "
                + "empty database. On disk (du): the store as the 2-thread ingest left it, after compaction (and how long that took), "
                + "and bulk-loaded.\n\n");
        t.append("| documents | quads | PolicyKG store | TDB2 bulk loader | ratio | on disk: after ingest / compacted (s) / bulk-loaded |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, String> r : runs) {
            double q = d(r, "quads"), a = d(r, "load.policykg.seconds"), b = d(r, "load.bulk.seconds");
            t.append("| ").append(r.get("documents")).append(" | ").append(f(q, "%.0f")).append(" | ")
                    .append(f(a, "%.1f s")).append(" (").append(f(q / a / 1000, "%.0f k quads/s")).append(") | ")
                    .append(f(b, "%.1f s")).append(" (").append(f(q / b / 1000, "%.0f k quads/s")).append(") | ")
                    .append(f(a / b, "%.2f×")).append(" | ").append(f(d(r, "store.tdb2.bytes") / 1e6, "%.0f MB")).append(" / ")
                    .append(f(d(r, "store.compacted.bytes") / 1e6, "%.0f MB")).append(" (").append(f(d(r, "compact.seconds"), "%.0f s"))
                    .append(") / ").append(f(d(r, "store.bulk.bytes") / 1e6, "%.0f MB")).append(" |\n");
        }
        t.append("\nAim: ≤ 2× the bulk loader. On disk: TDB2 is copy-on-write, so a store written by many transactions holds "
                + "superseded blocks until compacted (`policykg compact`, and `ingest` after a first load); the compacted and the "
                + "bulk-loaded sizes are what the data needs.\n\n");
        t.append("### Saved-query latency\n\nEach saved query without parameters (the whole corpus), run in process on the compacted TDB2 "
                + "store after two warm-up runs (none at 10,000 documents), all rows consumed; p50 / p99 in ms over the measured runs "
                + "(30 at 100 documents, 10 at 1,000, 2 at 10,000, one when a run took over 30 s; with few runs p99 is the slowest "
                + "run and p50 the fastest).\n\n");
        latencyTable(t, runs, "query");
        t.append("\nThe same queries in their interactive form, narrowed by their optional parameter to one document "
                + "(`source=g000003_lead.txt`), one city (the first in the store), one regulation (`number=国发〔2015〕17号`) "
                + "or one indicator concept (PM2.5):\n\n");
        latencyTable(t, runs, "selective");
        t.append("\nAim: ≤ 1 s at 10,000 documents.\n\n");
        t.append("### Heap to serve\n\nSmallest `-Xmx` (of 48m, 64m, 96m, 128m, 192m, 256m, 384m, 512m, 768m, 1g, …) at which a fresh JVM opens the "
                + "store and runs every saved query once over the whole corpus (`QueryMix`; parallel GC with a tightened overhead limit, and a run over 3× as long as at `-Xmx4g` counts as failed: a thrashing heap does not serve), and the heap in use after a full GC once they ran at that `-Xmx` (at `-Xmx4g` where no size of the ladder served). At 10,000 documents at most three sizes were tried, from the first at least the heap used after GC at `-Xmx4g` (each try runs every whole-corpus query, minutes at that size).\n\n");
        t.append("| documents | smallest -Xmx | used after GC |\n|---:|---:|---:|\n");
        for (Map<String, String> r : runs) {
            t.append("| ").append(r.get("documents")).append(" | ").append(r.getOrDefault("heap.minXmx", "–")).append(" | ")
                    .append(f(usedHeap(r) / 1e6, "%.0f MB")).append(" |\n");
        }
        t.append("\n![growth with corpus size](").append("docs/" + plot.getFileName()).append(")\n\n").append(END).append("\n");
        return t.toString();
    }

    /** Every query name any run measured, in order. */
    private static List<String> names(List<Map<String, String>> runs, String key) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        runs.forEach(r -> Arrays.stream(r.getOrDefault(key, "").split(",")).filter(x -> !x.isEmpty()).forEach(out::add));
        return List.copyOf(out);
    }

    private static void write(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        if (b >= 0 && e > b) {
            text = text.substring(0, b) + section + text.substring(e + END.length() + 1 > text.length() ? text.length() : e + END.length() + 1);
        } else {
            text = text.stripTrailing() + "\n\n" + section;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Two log–log panels: seconds (ingest, load) and query ms / heap MB, against documents. */
    static void plot(List<Map<String, String>> runs, Path png) throws IOException {
        int w = 1100, h = 480;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Map<String, double[]> left = new LinkedHashMap<>();
        left.put("ingest, 2 threads (s)", series(runs, r -> d(r, "ingest.2.seconds")));
        left.put("ingest, 1 thread (s)", series(runs, r -> d(r, "ingest.1.seconds")));
        left.put("HanLP segmentation, 2 threads (s)", series(runs, r -> d(r, "hanlp.2.seconds")));
        left.put("store load, PolicyKG (s)", series(runs, r -> d(r, "load.policykg.seconds")));
        left.put("TDB2 bulk loader (s)", series(runs, r -> d(r, "load.bulk.seconds")));
        Map<String, double[]> right = new LinkedHashMap<>();
        right.put("slowest saved query p50 (ms)", series(runs, r -> maxQuery(r, ".p50")));
        right.put("slowest saved query p99 (ms)", series(runs, r -> maxQuery(r, ".p99")));
        right.put("median saved query p50 (ms)", series(runs, r -> medianQuery(r, ".p50")));
        right.put("heap used after GC (MB)", series(runs, r -> usedHeap(r) / 1e6));
        double[] x = series(runs, r -> d(r, "documents"));
        panel(g, 60, 40, 470, 360, x, left, "time to ingest / load");
        panel(g, 610, 40, 470, 360, x, right, "serving");
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(img, "png", png.toFile());
    }

    private static double usedHeap(Map<String, String> r) {
        double used = r.containsKey("heap.usedAfterGC") ? d(r, "heap.usedAfterGC") : d(r, "heap.usedAfterGC.at1g");
        return used > 0 ? used : d(r, "heap.usedAfterGC.at4g");
    }

    private interface Figure {
        double of(Map<String, String> r);
    }

    private static double[] series(List<Map<String, String>> runs, Figure f) {
        return runs.stream().mapToDouble(f::of).toArray();
    }

    private static double maxQuery(Map<String, String> r, String suffix) {
        return r.keySet().stream().filter(k -> k.startsWith("query.") && k.endsWith(suffix)).mapToDouble(k -> d(r, k)).max().orElse(Double.NaN);
    }

    private static double medianQuery(Map<String, String> r, String suffix) {
        double[] v = r.keySet().stream().filter(k -> k.startsWith("query.") && k.endsWith(suffix)).mapToDouble(k -> d(r, k)).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[(v.length - 1) / 2];
    }

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd)};

    private static void panel(Graphics2D g, int x0, int y0, int pw, int ph, double[] x, Map<String, double[]> series, String title) {
        double xmin = Arrays.stream(x).min().orElse(1), xmax = Arrays.stream(x).max().orElse(10);
        double ymin = Double.MAX_VALUE, ymax = -Double.MAX_VALUE;
        for (double[] s : series.values()) {
            for (double v : s) {
                if (v > 0 && !Double.isNaN(v)) {
                    ymin = Math.min(ymin, v);
                    ymax = Math.max(ymax, v);
                }
            }
        }
        if (ymin == Double.MAX_VALUE) {
            ymin = 1;
            ymax = 10;
        }
        double lx0 = Math.floor(Math.log10(xmin)), lx1 = Math.max(lx0 + 1, Math.ceil(Math.log10(xmax)));
        double ly0 = Math.floor(Math.log10(ymin)), ly1 = Math.max(ly0 + 1, Math.ceil(Math.log10(ymax)));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, x0, y0 - 15);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawRect(x0, y0, pw, ph);
        for (double e = lx0; e <= lx1; e++) {
            int px = (int) (x0 + (e - lx0) / (lx1 - lx0) * pw);
            g.setColor(new Color(0xdddddd));
            g.drawLine(px, y0, px, y0 + ph);
            g.setColor(Color.BLACK);
            g.drawString(String.format("%,.0f", Math.pow(10, e)), px - 12, y0 + ph + 15);
        }
        for (double e = ly0; e <= ly1; e++) {
            int py = (int) (y0 + ph - (e - ly0) / (ly1 - ly0) * ph);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x0, py, x0 + pw, py);
            g.setColor(Color.BLACK);
            g.drawString(e >= 0 ? String.format("%,.0f", Math.pow(10, e)) : String.valueOf(Math.pow(10, e)), x0 - 45, py + 4);
        }
        g.drawString("documents (log)", x0 + pw / 2 - 40, y0 + ph + 32);
        int i = 0;
        for (var s : series.entrySet()) {
            Color c = COLORS[i % COLORS.length];
            g.setColor(c);
            g.setStroke(new BasicStroke(2f));
            int px = -1, py = -1;
            for (int k = 0; k < x.length; k++) {
                double v = s.getValue()[k];
                if (!(v > 0)) {
                    px = -1;
                    continue;
                }
                int qx = (int) (x0 + (Math.log10(x[k]) - lx0) / (lx1 - lx0) * pw);
                int qy = (int) (y0 + ph - (Math.log10(v) - ly0) / (ly1 - ly0) * ph);
                g.fillOval(qx - 4, qy - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, qx, qy);
                }
                px = qx;
                py = qy;
            }
            g.fillRect(x0 + 10, y0 + 10 + 16 * i, 12, 4);
            g.setColor(Color.BLACK);
            g.drawString(s.getKey(), x0 + 28, y0 + 16 + 16 * i);
            i++;
        }
    }

    /** One row a query (the names listed under {@code prefix.names}), one column a corpus size: p50 / p99 (rows). */
    private static void latencyTable(StringBuilder t, List<Map<String, String>> runs, String prefix) {
        t.append("| query |");
        runs.forEach(r -> t.append(" ").append(r.get("documents")).append(" docs p50 / p99 (rows) |"));
        t.append("\n|---|");
        runs.forEach(r -> t.append("---:|"));
        t.append("\n");
        for (String q : names(runs, prefix + ".names")) {
            String key = prefix + "." + q + ".";
            t.append("| `").append(q).append("` |");
            for (Map<String, String> r : runs) {
                t.append(" ").append(f(d(r, key + "p50"), "%.0f")).append(" / ").append(f(d(r, key + "p99"), "%.0f"))
                        .append(" (").append(f(d(r, key + "rows"), "%.0f")).append(") |");
            }
            t.append("\n");
        }
    }
}
