package org.policykg.structure;

import org.policykg.normalize.Span;

/**
 * A unit of work the plan sets: a paragraph of the outline under its deepest heading, or a data row
 * of a task table (责任分解表, 任务分工, 工程项目).
 *
 * @param position 1-based order of the task in the document; with the document it identifies the task
 * @param span     where the task's text is in the source (a row: from its first to its last cell)
 * @param text     the task's full text in Simplified script (a row: its cells joined by spaces)
 * @param section  the deepest heading above it, or null when the document has no outline there
 * @param row      the table row it was read from, or null for a paragraph
 */
public record Task(int position, Span span, String text, Section section, TableRow row) {
    public boolean fromTable() {
        return row != null;
    }
}
