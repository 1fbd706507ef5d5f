package org.policykg.structure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Line;
import org.policykg.structure.TableRow;

/**
 * Tables written a row a line with bars between the cells, as page copies converted to Markdown give
 * them: {@code | 序号 | 工作任务 | 责任单位 |}, a rule line {@code |---|---|---|} (skipped), then
 * {@code | 1 | 建设海绵城市 | 市住建局、市水利局 |}. The first row is the header.
 */
public final class PipeRowTableReader implements TableReader {
    private static final Pattern RULE = Pattern.compile("^[|｜\\s:：\\-—=+]+$");
    private static final int MIN_BARS = 3;

    @Override
    public List<TableRegion> read(NormalizedText text, List<Line> lines) {
        List<TableRegion> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isRow(lines.get(i))) {
                i++;
                continue;
            }
            int first = i;
            while (i < lines.size() && isRow(lines.get(i))) {
                i++;
            }
            table(lines.subList(first, i)).ifPresent(tables::add);
        }
        return tables;
    }

    private static boolean isRow(Line line) {
        String s = line.text();
        return (s.charAt(0) == '|' || s.charAt(0) == '｜') && s.chars().filter(c -> c == '|' || c == '｜').count() >= MIN_BARS;
    }

    private static Optional<TableRegion> table(List<Line> block) {
        List<Line> rows = block.stream().filter(l -> !RULE.matcher(l.text()).matches()).toList();
        if (rows.size() < 2) {
            return Optional.empty();
        }
        List<String> header = cells(rows.get(0)).stream().map(c -> rows.get(0).text().substring(c[0], c[1])).toList();
        List<TableRow> out = new ArrayList<>();
        for (Line line : rows.subList(1, rows.size())) {
            List<String> texts = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            for (int[] c : cells(line)) {
                texts.add(line.text().substring(c[0], c[1]));
                spans.add(new Span(line.span().start() + c[0], line.span().start() + c[1]));
            }
            out.add(new TableRow(out.size(), List.copyOf(texts), List.copyOf(spans), line.span()));
        }
        return Optional.of(new TableRegion(block.get(0).index(), block.get(block.size() - 1).index(),
                List.copyOf(header), List.copyOf(out)));
    }

    /** The cells between the bars of a line, each as {start, end} in the line, trimmed. */
    private static List<int[]> cells(Line line) {
        String s = line.text();
        List<int[]> out = new ArrayList<>();
        int start = 1;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '|' || s.charAt(i) == '｜') {
                int a = start;
                int b = i;
                while (a < b && Character.isWhitespace(s.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                    b--;
                }
                if (i < s.length() || a < b) {
                    out.add(new int[] {a, b});
                }
                start = i + 1;
            }
        }
        return out;
    }
}
