package org.policykg.structure.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Line;
import org.policykg.structure.TableRow;

/**
 * Tables flattened to one line a row with spaces between the cells, as a web page's table often is when
 * copied: {@code 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位} and then {@code 1 加强水资源保护 严守…红线 实施…。 市水利局
 * 市发改委、农业局等 各县(市、区)人民政府}. A cell may itself hold a space (a line break of the page), so only the
 * columns after the last work column (任务, 措施, 内容), which hold short names and dates, are read from the right
 * end of the row, one space-free cell each; everything before them stays together in the work column.
 * Rows are the lines that start with the next serial number.
 */
public final class SpaceSeparatedTableReader implements TableReader {
    static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern HEADER_WORD = Pattern.compile(
            "^(序号|编号|类别|分类|领域|(主要|重点|工作)?(任务|措施|内容|事项)(和内容|名称)?|细化措施|具体措施|(牵头|参与|配合|协办|责任|负责)(单位|部门)"
                    + "|完成(时间|时限)|时间(进度|节点|安排)?|时限|进度安排|备注)$");
    static final Pattern WHO = Pattern.compile("(牵头|参与|配合|协办|责任|负责)(单位|部门)");
    private static final Pattern WORK = Pattern.compile("任务|措施|内容|事项");
    private static final Pattern SERIAL = Pattern.compile("^(\\d{1,3})[\\s\\u3000]+");
    private static final int MIN_COLUMNS = 4;

    @Override
    public List<TableRegion> read(NormalizedText text, List<Line> lines) {
        List<TableRegion> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> header = header(lines.get(i).text());
            if (header == null) {
                continue;
            }
            List<TableRow> rows = new ArrayList<>();
            int last = i;
            for (int j = i + 1; j < lines.size(); j++) {
                Matcher serial = SERIAL.matcher(lines.get(j).text());
                if (!serial.find() || Integer.parseInt(serial.group(1)) != rows.size() + 1) {
                    break;
                }
                rows.add(row(text, lines.get(j), serial.end(), header, rows.size()));
                last = j;
            }
            if (!rows.isEmpty()) {
                tables.add(new TableRegion(i, last, header, List.copyOf(rows)));
                i = last;
            }
        }
        return tables;
    }

    /** The header cells, when the line is nothing but header words and names who does the work. */
    private static List<String> header(String line) {
        if (!mayNameWho(line) || !hasSpace(line)) {
            return null;
        }
        List<String> cells = Arrays.asList(SPACES.split(line.strip()));
        boolean headerWords = cells.size() >= MIN_COLUMNS && cells.stream().allMatch(c -> HEADER_WORD.matcher(c).matches());
        return headerWords && cells.stream().anyMatch(c -> WHO.matcher(c).find())
                && cells.stream().anyMatch(c -> WORK.matcher(c).find()) ? List.copyOf(cells) : null;
    }

    /** A header has a cell in which WHO finds 单位 or 部门: a line without either is none (and is not split). */
    static boolean mayNameWho(String line) {
        return line.contains("单位") || line.contains("部门");
    }

    /**
     * Whether SPACES can split the line: without one of its chars the split leaves one cell, too few for a
     * header, so a line without any (most sentences naming a 单位) is no header and is not split.
     */
    static boolean hasSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** Serial number first, the short columns from the right end, the rest in the last work column. */
    private static TableRow row(NormalizedText text, Line line, int afterSerial, List<String> header, int index) {
        int work = lastWorkColumn(header);
        int trailing = header.size() - 1 - work;
        List<Span> tokens = tokens(line, afterSerial);
        List<String> cells = new ArrayList<>(Collections.nCopies(header.size(), ""));
        List<Span> spans = new ArrayList<>(Collections.nCopies(header.size(), new Span(0, 0)));
        cells.set(0, line.text().substring(0, afterSerial).strip());
        spans.set(0, new Span(line.span().start(), line.span().start() + cells.get(0).length()));
        int right = Math.min(trailing, Math.max(0, tokens.size() - 1));
        for (int k = 0; k < right; k++) {
            Span token = tokens.get(tokens.size() - 1 - k);
            cells.set(header.size() - 1 - k, text.text(token));
            spans.set(header.size() - 1 - k, token);
        }
        List<Span> rest = tokens.subList(0, tokens.size() - right);
        if (!rest.isEmpty()) {
            Span joined = new Span(rest.get(0).start(), rest.get(rest.size() - 1).end());
            cells.set(work, text.text(joined));
            spans.set(work, joined);
        }
        return new TableRow(index, List.copyOf(cells), List.copyOf(spans), line.span());
    }

    private static int lastWorkColumn(List<String> header) {
        for (int c = header.size() - 1; c > 0; c--) {
            if (WORK.matcher(header.get(c)).find() && !WHO.matcher(header.get(c)).find()) {
                return c;
            }
        }
        return 1;
    }

    /** The space-free runs of the line after its serial number, as spans of the document. */
    private static List<Span> tokens(Line line, int from) {
        List<Span> out = new ArrayList<>();
        String s = line.text();
        int i = from;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Span(line.span().start() + start, line.span().start() + i));
            }
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }
}
