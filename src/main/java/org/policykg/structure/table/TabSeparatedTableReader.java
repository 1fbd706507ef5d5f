package org.policykg.structure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Line;
import org.policykg.structure.TableRow;

/**
 * Tables whose rows are lines with tab-separated cells, as text extracted from PDFs and Word files
 * gives them. Consecutive tab lines form one table; the first is its header, and a repeat of the
 * header (a table continued on the next page) is skipped.
 */
public final class TabSeparatedTableReader implements TableReader {
    private static final Pattern SPACE_AND_PUNCTUATION = Pattern.compile("[\\s\\p{P}]+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    @Override
    public List<TableRegion> read(NormalizedText text, List<Line> lines) {
        List<TableRegion> tables = new ArrayList<>();
        if (text.text().indexOf('\t') < 0) {
            return tables; // a tab line holds a tab: without one in the text there is none
        }
        int i = 0;
        while (i < lines.size()) {
            if (!isTabLine(text, lines.get(i))) {
                i++;
                continue;
            }
            int first = i;
            while (i < lines.size() && isTabLine(text, lines.get(i))) {
                i++;
            }
            tables.add(table(text, lines.subList(first, i)));
        }
        return tables;
    }

    private static boolean isTabLine(NormalizedText text, Line line) {
        Span raw = rawLine(text.text(), line.span());
        String s = text.text();
        for (int i = raw.start(); i < raw.end(); i++) {
            if (s.charAt(i) == '\t') {
                return true; // looked for in place: the same answer as in a copy of the line
            }
        }
        return false;
    }

    private static TableRegion table(NormalizedText text, List<Line> block) {
        List<String> header = new ArrayList<>(cells(text.text(), block.get(0).span()).stream().map(text::text).toList());
        String headerKey = key(header);
        List<TableRow> rows = new ArrayList<>();
        boolean afterHeader = true;
        for (Line line : block.subList(1, block.size())) {
            List<Span> spans = cells(text.text(), line.span());
            List<String> cells = spans.stream().map(text::text).toList();
            if (key(cells).equals(headerKey)) {
                afterHeader = false;
            } else if (afterHeader && isHeaderContinuation(cells, header.size())) {
                continueHeader(header, cells);
                headerKey = key(header);
            } else {
                rows.add(new TableRow(rows.size(), cells, spans, line.span()));
            }
            afterHeader = false;
        }
        return new TableRegion(block.get(0).index(), block.get(block.size() - 1).index(), header, rows);
    }

    /** Compared without spaces and punctuation: a repeated header may differ in both. */
    private static String key(List<String> cells) {
        return SPACE_AND_PUNCTUATION.matcher(String.join("", cells)).replaceAll("");
    }

    /**
     * A header cell broken over two lines (计划 / 投资（万元）) leaves a row with a few text cells,
     * no figures, and an empty first cell.
     */
    private static boolean isHeaderContinuation(List<String> cells, int columns) {
        long filled = cells.stream().filter(c -> !c.isBlank()).count();
        return !cells.isEmpty() && cells.get(0).isBlank() && filled > 0 && filled <= Math.max(1, columns / 3)
                && cells.stream().noneMatch(c -> HAS_DIGIT.matcher(c).matches());
    }

    private static void continueHeader(List<String> header, List<String> cells) {
        for (int i = 0; i < cells.size() && i < header.size(); i++) {
            if (!cells.get(i).isBlank()) {
                header.set(i, header.get(i) + cells.get(i));
            }
        }
    }

    /** The whole line around a trimmed span, so that leading empty cells (leading tabs) are kept. */
    private static Span rawLine(String text, Span span) {
        int start = text.lastIndexOf('\n', span.start() - 1) + 1;
        int end = text.indexOf('\n', span.end());
        return new Span(start, end < 0 ? text.length() : end);
    }

    private static List<Span> cells(String text, Span lineSpan) {
        Span raw = rawLine(text, lineSpan);
        List<Span> cells = new ArrayList<>();
        int start = raw.start();
        for (int i = raw.start(); i <= raw.end(); i++) {
            if (i == raw.end() || text.charAt(i) == '\t' || text.charAt(i) == '\r') {
                cells.add(trim(text, start, i));
                start = i + 1;
                if (i < raw.end() && text.charAt(i) == '\r') {
                    break;
                }
            }
        }
        return cells;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
