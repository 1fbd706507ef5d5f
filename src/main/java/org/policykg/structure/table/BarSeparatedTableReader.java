package org.policykg.structure.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Line;
import org.policykg.structure.TableRow;

/**
 * Tables copied from web pages with a bar before every cell: one cell a line ({@code | 1 / | 单位GDP能耗… /
 * | 2014年 / | 市经委}) or the bar on a line of its own above its cell ({@code | / 序号 / | / 工作任务}). A line
 * without a bar continues the cell above it (a cell broken over lines: 日常 / 工作). A row ends at an empty
 * cell ({@code | / |}) or where a cell holding just the next serial number starts the next row. The first
 * row is the header when its cells are short header words (序号, 工作任务, 负责部门); a copy that lost its
 * header gets blank header cells, and its columns are then told by what they hold.
 */
public final class BarSeparatedTableReader implements TableReader {
    private static final Pattern HEADER_WORD = Pattern.compile(
            "序号|编号|类别|任务|项目|内容|措施|事项|单位|部门|时间|时限|进度|备注|目标|指标|领域|名称");
    private static final Pattern PUNCTUATED = Pattern.compile(".*[,，。;；:：].*");
    private static final int MAX_HEADER_CELL = 16;
    private static final int MAX_CONTINUATION_LINES = 3;
    private static final int MIN_BARS = 6;
    private static final int MIN_COLUMNS = 3;

    @Override
    public List<TableRegion> read(NormalizedText text, List<Line> lines) {
        List<TableRegion> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!hasBar(lines.get(i))) {
                i++;
                continue;
            }
            int last = regionEnd(lines, i);
            TableRegion table = table(lines.subList(i, last + 1));
            if (table != null) {
                tables.add(table);
            }
            i = last + 1;
        }
        return tables;
    }

    private static boolean hasBar(Line line) {
        char c = line.text().charAt(0);
        return c == '|' || c == '｜';
    }

    /** The last line of the run of barred lines starting at {@code first}, with the cell lines between them. */
    private static int regionEnd(List<Line> lines, int first) {
        int last = first;
        int unbarred = 0;
        for (int i = first + 1; i < lines.size(); i++) {
            if (hasBar(lines.get(i))) {
                last = i;
                unbarred = 0;
            } else if (++unbarred > MAX_CONTINUATION_LINES) {
                break;
            }
        }
        // Lines after the last bar continue its cell only up to the limit; the rest is the text after the table.
        return Math.min(lines.size() - 1, last + Math.min(unbarred, 1));
    }

    /** A cell: its text and where it was read. */
    private record Cell(String text, Span span) {
        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private static TableRegion table(List<Line> region) {
        long bars = region.stream().filter(BarSeparatedTableReader::hasBar).count();
        if (bars < MIN_BARS) {
            return null;
        }
        List<List<Cell>> rows = rows(cells(region));
        if (rows.isEmpty()) {
            return null;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        if (width < MIN_COLUMNS) {
            return null;
        }
        List<String> header = new ArrayList<>(Collections.nCopies(width, ""));
        if (isHeader(rows.get(0))) {
            for (int c = 0; c < rows.get(0).size(); c++) {
                header.set(c, rows.get(0).get(c).text());
            }
            rows = rows.subList(1, rows.size());
        }
        List<TableRow> tableRows = new ArrayList<>();
        for (List<Cell> row : rows) {
            tableRows.add(row(tableRows.size(), row, width));
        }
        return new TableRegion(region.get(0).index(), region.get(region.size() - 1).index(), List.copyOf(header),
                List.copyOf(tableRows));
    }

    /** Each bar opens a cell; a line without a bar is more of the cell above it. */
    private static List<Cell> cells(List<Line> region) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder current = null;
        Span span = null;
        for (Line line : region) {
            String s = line.text();
            if (hasBar(line)) {
                if (current != null) {
                    cells.add(new Cell(current.toString(), span));
                }
                String rest = s.substring(1).strip();
                current = new StringBuilder(rest);
                int start = line.span().end() - rest.length();
                span = new Span(start, line.span().end());
            } else if (current != null) {
                if (current.isEmpty()) {
                    span = line.span();
                } else {
                    span = new Span(span.start(), line.span().end());
                }
                current.append(s);
            }
        }
        if (current != null) {
            cells.add(new Cell(current.toString(), span));
        }
        return cells;
    }

    /** Rows cut at empty cells and at the next serial number. */
    private static List<List<Cell>> rows(List<Cell> cells) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        int nextSerial = -1;
        for (Cell cell : cells) {
            int serial = SerialCell.value(cell.text());
            if (cell.isEmpty() || serial >= 0 && !row.isEmpty() && serial == nextSerial) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                if (cell.isEmpty()) {
                    continue;
                }
            }
            if (row.isEmpty() && serial >= 0) {
                nextSerial = serial + 1;
            }
            row.add(cell);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static boolean isHeader(List<Cell> row) {
        return row.size() >= MIN_COLUMNS && row.stream().allMatch(c -> c.text().length() <= MAX_HEADER_CELL
                && !PUNCTUATED.matcher(c.text()).matches())
                && row.stream().filter(c -> HEADER_WORD.matcher(c.text()).find()).count() >= 2;
    }

    private static TableRow row(int index, List<Cell> cells, int width) {
        List<String> texts = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Cell cell = c < cells.size() ? cells.get(c) : null;
            texts.add(cell == null ? "" : cell.text());
            spans.add(cell == null ? new Span(0, 0) : cell.span());
        }
        Span span = new Span(cells.get(0).span().start(), cells.get(cells.size() - 1).span().end());
        return new TableRow(index, List.copyOf(texts), List.copyOf(spans), span);
    }
}
