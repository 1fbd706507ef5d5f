package org.policykg.extract.indicator;

import java.util.ArrayList;
import java.util.List;

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
        for (Span sentence : text.sentences()) {
            if (!insideTable(outline, sentence)) {
                List<Target> read = ProseTargetPattern.read(context(text, sentence, year, pastCutoff, last));
                found.addAll(read);
                last = read.isEmpty() ? last : read.get(read.size() - 1);
            }
        }
        return TargetDeduplicator.dedupe(found).stream().map(t -> t.withTask(taskOf(outline, t))).toList();
    }

    private static ProseTargetPattern.Context context(NormalizedText text, Span sentence, Integer year, Integer cutoff,
                                                      Target last) {
        String all = text.text();
        int lineStart = all.lastIndexOf('\n', sentence.start() - 1) + 1;
        Integer paragraphYear = YearResolver.lastToYear(all.substring(lineStart, sentence.start()));
        boolean sameParagraph = last != null && last.span().start() >= lineStart;
        return new ProseTargetPattern.Context(text.text(sentence), sentence.start(), paragraphYear, year, cutoff,
                sameParagraph ? last.indicator() : null);
    }

    /**
     * Sentences in a table are the table reader's, except in a table of tasks (任务 | 责任单位), whose work
     * cells are prose like any paragraph (单位GDP能耗达到0.9吨标煤/万元以下); a project table's figures
     * (投资, 规模) set no targets.
     */
    private static boolean insideTable(Outline outline, Span sentence) {
        for (Table table : outline.tables()) {
            if (table.span() != null && table.span().contains(sentence.start())) {
                return !isTaskTable(outline, table) || table.column("项目名称", "工程名称", "投资") >= 0;
            }
        }
        return false;
    }

    private static boolean isTaskTable(Outline outline, Table table) {
        return outline.tasks().stream().anyMatch(t -> t.fromTable() && table.rows().contains(t.row()));
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
