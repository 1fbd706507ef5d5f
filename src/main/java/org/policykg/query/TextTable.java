package org.policykg.query;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A SELECT result as the text table Jena writes, but padded by the columns a terminal gives each
 * character: Chinese characters and full-width punctuation take two, so padding by string length
 * (Jena's) leaves the bars of Chinese rows out of line.
 */
public final class TextTable {
    private TextTable() {
    }

    public static void write(ResultSet results, PrefixMapping prefixes, OutputStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            String[] cells = new String[vars.size()];
            for (int i = 0; i < cells.length; i++) {
                RDFNode node = row.get(vars.get(i));
                cells[i] = node == null ? "" : FmtUtils.stringForNode(node.asNode(), prefixes);
            }
            rows.add(cells);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(vars.get(i));
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        String rule = "-".repeat(total);
        w.println(rule);
        w.println(line(vars.toArray(String[]::new), widths));
        w.println("=".repeat(total));
        rows.forEach(r -> w.println(line(r, widths)));
        w.println(rule);
        w.flush();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(cells[i]).append(" ".repeat(widths[i] - width(cells[i]))).append(" |");
        }
        return b.toString();
    }

    /** Terminal columns of a string: East Asian wide and full-width characters count two. */
    public static int width(String s) {
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
