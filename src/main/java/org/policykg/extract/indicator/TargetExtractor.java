package org.policykg.extract.indicator;

import java.util.ArrayList;
import java.util.List;

import org.policykg.extract.table.RowTables;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Outline;
import org.policykg.structure.Table;
import org.policykg.structure.Task;

/**
 * Entry point of target extraction: the numeric targets a plan sets, from its indicator tables and
 * from its prose, each with the task it belongs to. Tables are read first so that, where prose repeats
 * a table's target, the table's statement is the one kept.
 */
public final class TargetExtractor {

    /**
     * @param text               the document's normalized text
     * @param outline            its outline (tables and tasks)
     * @param documentTargetYear the plan's target year, or null to infer it from the text
     */
    public List<Target> extract(NormalizedText text, Outline outline, Integer documentTargetYear) {
        return extract(text, outline, documentTargetYear, null);
    }

    /**
     * @param pastCutoff the first year the document can set targets for (its year of issue, or its plan's
     *                   first year): values for earlier years are reported, not set; null when unknown
     */
    public List<Target> extract(NormalizedText text, Outline outline, Integer documentTargetYear, Integer pastCutoff) {
        Integer year = documentTargetYear != null ? documentTargetYear : YearResolver.guessDocumentYear(text.text());
        List<Target> found = new ArrayList<>(TableTargetReader.read(outline, year));
        Target last = null;
        List<Span> tableSpans = tablesNotReadAsProse(outline);
        for (Span sentence : text.sentences()) {
            if (hasDigit(text.text(), sentence) && !inAny(tableSpans, sentence.start())) {
                List<Target> read = ProseTargetReader.read(context(text, sentence, year, pastCutoff, last));
                found.addAll(read);
                last = read.isEmpty() ? last : read.get(read.size() - 1);
            }
        }
        return TargetDeduplicator.dedupe(found).stream().map(t -> t.withTask(taskOf(outline, t))).toList();
    }

    /**
     * Every value of prose is a {@link NumberScanner} number, which starts with an ASCII digit: a sentence
     * without one reads no target, and skipping it leaves {@code last} as reading it would.
     */
    private static boolean hasDigit(String all, Span sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = all.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The stream's noneMatch, negated, as a plain loop: it runs once per sentence. */
    private static boolean inAny(List<Span> spans, int offset) {
        for (Span span : spans) {
            if (span.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private static ProseTargetReader.Context context(NormalizedText text, Span sentence, Integer year, Integer cutoff,
                                                      Target last) {
        String all = text.text();
        int lineStart = all.lastIndexOf('\n', sentence.start() - 1) + 1;
        Integer paragraphYear = YearResolver.lastToYear(all, lineStart, sentence.start());
        boolean sameParagraph = last != null && last.span().start() >= lineStart;
        return new ProseTargetReader.Context(text.text(sentence), sentence.start(), paragraphYear, year, cutoff,
                sameParagraph ? last.indicator() : null);
    }

    /**
     * Where sentences belong to a table reader: every table but a table of tasks (任务 | 责任单位), whose work
     * cells are prose like any paragraph (单位GDP能耗达到0.9吨标煤/万元以下); a project table's figures
     * (投资, 规模) set no targets. Told once per document, not per sentence.
     */
    private static List<Span> tablesNotReadAsProse(Outline outline) {
        List<Table> tables = outline.tables();
        boolean[] holdsTasks = new boolean[tables.size()];
        RowTables rowTables = new RowTables(tables);
        for (Task task : outline.tasks()) {
            int i = task.fromTable() ? rowTables.indexOf(task.row()) : -1;
            if (i >= 0) {
                holdsTasks[i] = true;
            }
        }
        List<Span> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.span() != null && (!isTaskTable(tables, holdsTasks, t) || t.column("项目名称", "工程名称", "投资") >= 0)) {
                out.add(t.span());
            }
        }
        return out;
    }

    /**
     * Whether a table equal to this one holds a task row: what a hash set of the task tables answered, without
     * hashing every row of a table for each of its tasks (record equals compares the position first, so this is cheap).
     */
    private static boolean isTaskTable(List<Table> tables, boolean[] holdsTasks, Table t) {
        for (int i = 0; i < tables.size(); i++) {
            if (holdsTasks[i] && tables.get(i).equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static Task taskOf(Outline outline, Target target) {
        for (Task task : outline.tasks()) {
            if (task.span().contains(target.span())) {
                return task;
            }
        }
        return null;
    }
}
