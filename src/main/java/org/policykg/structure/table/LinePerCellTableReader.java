package org.policykg.structure.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Line;
import org.policykg.structure.LiteralAlternation;
import org.policykg.structure.TableRow;

/**
 * Tables scraped from HTML, where every cell is a line of its own: first the header cells, then the
 * cells of each row. A line wholly in brackets continues the cell above it (专项行动 / (牵头单位)).
 * Merged cells appear only on the first row of their group; the rows below inherit them, which is
 * why rows are cut at the serial numbers (序号) and the group columns are carried down.
 * Only responsibility tables are read (a header cell naming who does the work), because without
 * cell separators a table is recognizable only by its header words.
 */
public final class LinePerCellTableReader implements TableReader {
    /** Words of a header cell. */
    static final LiteralAlternation HEADER_WORDS = new LiteralAlternation(
            "序号", "编号", "类别", "分类", "行动", "任务", "项目", "内容", "措施", "事项", "单位", "部门", "时间", "时限", "进度", "备注", "目标", "指标", "领域");
    private static final Pattern WHO = Pattern.compile("(责任|牵头|配合|负责|承办|主办|协办|实施)(单位|部门|科室)");
    private static final Pattern SERIAL_HEADER = Pattern.compile("^(序号|编号)$");
    private static final Pattern WORK_HEADER = Pattern.compile("任务|项目|措施|内容|事项");
    private static final Pattern BRACKETED = Pattern.compile("^[(（【\\[].*[)）】\\]]$");
    static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATED = Pattern.compile(".*[,，。;；:：].*");
    /** Lines that close a document after its last table: issuer and date of printing, copy-to list. */
    private static final Pattern FOOTER = Pattern.compile("印发$|^抄送|^\\d{4}年\\d{1,2}月\\d{1,2}日");
    private static final Pattern HEADING = Pattern.compile("^(附\\s*件|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节条])");
    private static final int MAX_HEADER_CELL = 16;
    private static final int MAX_CELL = 300;
    private static final int MIN_COLUMNS = 3;

    @Override
    public List<TableRegion> read(NormalizedText text, List<Line> lines) {
        List<TableRegion> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Header header = header(lines, i);
            if (header == null) {
                i++;
                continue;
            }
            TableRegion table = new Body(text, lines, header).read();
            tables.add(table);
            i = table.lastLine() + 1;
        }
        return tables;
    }

    /** The header starting at line {@code first}, or null when the lines there are not one. */
    private static Header header(List<Line> lines, int first) {
        List<String> cells = new ArrayList<>();
        int i = first;
        int maxGap = 0;
        for (; i < lines.size(); i++) {
            String s = lines.get(i).text();
            if (!cells.isEmpty() && isBracketed(s) && s.length() <= 2 * MAX_HEADER_CELL) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + s);
            } else if (isHeaderCell(s)) {
                cells.add(s);
            } else {
                break;
            }
            if (i > first) {
                maxGap = Math.max(maxGap, lines.get(i).span().start() - lines.get(i - 1).span().end());
            }
        }
        // too few cells make no header whatever they say: WHO is asked only where the answer counts
        return cells.size() >= MIN_COLUMNS && namesWho(cells) ? new Header(cells, first, i - 1, maxGap) : null;
    }

    private static boolean namesWho(List<String> cells) {
        for (String c : cells) {
            if (WHO.matcher(c).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderCell(String s) {
        String bare = bareUpTo(s, MAX_HEADER_CELL);
        return bare != null && !bare.isEmpty() && HEADER_WORDS.occursIn(bare)
                && !PUNCTUATED.matcher(bare).matches();
    }

    /**
     * The cell without bracketed notes and spaces when that is at most {@code max} characters long, else
     * null; read in one pass that stops once more than {@code max} characters are kept, so a paragraph line
     * costs a few characters, not two scans and two regexes. The characters kept are those the rule
     * {@code [(（][^)）]*[)）]} removed, then {@code \s+}, leave (the test holds it to them): a note at an opening bracket
     * matches up to the first closing bracket after it ({@code [^)）]*} cannot pass one, and the match needs
     * one), and matches nowhere when none follows; replaceAll removes its matches left to right, and SPACE
     * then removes every {@code \s} character of what is left.
     */
    static String bareUpTo(String s, int max) {
        char[] kept = new char[max];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                int close = closingBracket(s, i + 1);
                if (close >= 0) {
                    i = close;
                    continue;
                }
            }
            if (isSpace(c)) {
                continue;
            }
            if (n == max) {
                return null;
            }
            kept[n++] = c;
        }
        return new String(kept, 0, n);
    }

    private static int closingBracket(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' || c == '）') {
                return i;
            }
        }
        return -1;
    }

    /** A character of {@code \s} (ASCII without UNICODE_CHARACTER_CLASS): [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** HEADING is anchored by ^ (no MULTILINE) and starts with 附, 第 or a Chinese numeral: a line starting otherwise is none. */
    static boolean mayBeHeading(String s) {
        return !s.isEmpty() && "附第一二三四五六七八九十".indexOf(s.charAt(0)) >= 0;
    }

    /** Every FOOTER match holds 印发, or starts the line with 抄送 or an ASCII digit (^ without MULTILINE). */
    static boolean mayBeFooter(String s) {
        return s.contains("印发") || s.startsWith("抄送") || !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9';
    }

    /** The patterns behind {@link #mayBeHeading} and {@link #mayBeFooter}, for the test holding them together. */
    static List<Pattern> headingAndFooter() {
        return List.of(HEADING, FOOTER);
    }

    static boolean isBracketed(String s) {
        return BRACKETED.matcher(s).matches();
    }

    /** Header cells; {@code maxGap} is the widest spacing between its lines, which the body keeps too. */
    private record Header(List<String> cells, int firstLine, int lastLine, int maxGap) {
        int columns() {
            return cells.size();
        }

        boolean numbered() {
            return SERIAL_HEADER.matcher(SPACE.matcher(cells.get(0)).replaceAll("")).matches();
        }

        /** Columns left of the work column describe the group of rows and are merged over it. */
        int groupColumns() {
            for (int c = 1; c < cells.size(); c++) {
                if (WORK_HEADER.matcher(cells.get(c)).find()) {
                    return c;
                }
            }
            return 1;
        }
    }

    /** A cell read from one line, or from a line and the bracketed lines continuing it. */
    private record Cell(String text, Span span, int lastLine) {
    }

    /** Reads the cells below a header and cuts them into rows. */
    private static final class Body {
        private final NormalizedText text;
        private final List<Line> lines;
        private final Header header;
        private final List<TableRow> rows = new ArrayList<>();
        private List<Cell> carried = List.of();

        Body(NormalizedText text, List<Line> lines, Header header) {
            this.text = text;
            this.lines = lines;
            this.header = header;
        }

        TableRegion read() {
            List<Cell> cells = cells();
            int last = cells.isEmpty() ? header.lastLine() : cells.get(cells.size() - 1).lastLine();
            for (List<Cell> segment : segments(cells)) {
                rows(segment);
            }
            return new TableRegion(header.firstLine(), last, header.cells(), List.copyOf(rows));
        }

        /** Cells up to where the table ends: a wider gap than the header's, a heading, a footer or a paragraph. */
        private List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (int i = header.lastLine() + 1; i < lines.size(); i++) {
                Line line = lines.get(i);
                int gap = line.span().start() - lines.get(i - 1).span().end();
                String s = line.text();
                if (gap > header.maxGap() + 1 || mayBeHeading(s) && HEADING.matcher(s).find()
                        || mayBeFooter(s) && FOOTER.matcher(s).find() || s.length() > MAX_CELL) {
                    break;
                }
                if (!cells.isEmpty() && isBracketed(s)) {
                    Cell prev = cells.remove(cells.size() - 1);
                    cells.add(new Cell(prev.text() + s, new Span(prev.span().start(), line.span().end()), i));
                } else if (!isRepeatedHeader(s, cells)) {
                    cells.add(new Cell(s, line.span(), i));
                }
            }
            return cells;
        }

        /** A header repeated (a page break in the source) is skipped. */
        private boolean isRepeatedHeader(String s, List<Cell> cells) {
            return s.equals(header.cells().get(0)) && header.numbered();
        }

        /** Runs of cells each starting at the next serial number; the whole body when there is no 序号 column. */
        private List<List<Cell>> segments(List<Cell> cells) {
            List<List<Cell>> segments = new ArrayList<>();
            if (!header.numbered()) {
                segments.add(cells);
                return segments;
            }
            int serial = 1;
            List<Cell> current = null;
            for (Cell cell : cells) {
                if (SerialCell.value(cell.text()) == serial) {
                    current = new ArrayList<>();
                    segments.add(current);
                    serial++;
                }
                if (current != null) {
                    current.add(cell);
                }
            }
            return segments;
        }

        /**
         * A segment holds one full row and then rows without the group columns; a segment shorter than a
         * row lacks the merged columns right after its serial number.
         */
        private void rows(List<Cell> segment) {
            int n = header.columns();
            if (!header.numbered()) {
                chunks(segment, 0);
                return;
            }
            if (segment.size() < n) {
                int missing = n - segment.size();
                List<Cell> row = new ArrayList<>(segment.subList(0, 1));
                row.addAll(carried.subList(1, Math.min(carried.size(), 1 + missing)));
                while (row.size() < 1 + missing) {
                    row.add(null);
                }
                row.addAll(segment.subList(1, segment.size()));
                add(row, 1 + missing);
                return;
            }
            add(segment.subList(0, n), 0);
            chunks(segment.subList(n, segment.size()), header.groupColumns());
        }

        /** Rows of the cells, each inheriting the first {@code inherited} columns of the row above. */
        private void chunks(List<Cell> cells, int inherited) {
            int width = header.columns() - inherited;
            for (int i = 0; i + width <= cells.size(); i += width) {
                List<Cell> row = new ArrayList<>(carried.subList(0, Math.min(inherited, carried.size())));
                while (row.size() < inherited) {
                    row.add(null);
                }
                row.addAll(cells.subList(i, i + width));
                add(row, inherited);
            }
        }

        /** {@code own} is the index of the row's first cell read on its own lines. */
        private void add(List<Cell> row, int own) {
            List<String> texts = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            for (Cell c : row) {
                texts.add(c == null ? "" : c.text());
                spans.add(c == null ? new Span(0, 0) : c.span());
            }
            Span span = new Span(row.get(Math.min(own, row.size() - 1)) == null ? 0 : row.get(own).span().start(),
                    row.get(row.size() - 1).span().end());
            rows.add(new TableRow(rows.size(), List.copyOf(texts), List.copyOf(spans), span));
            carried = List.copyOf(row);
        }
    }
}
