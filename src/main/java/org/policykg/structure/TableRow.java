package org.policykg.structure;

import java.util.List;

import org.policykg.normalize.Span;

/**
 * One row of a table, its cells in column order. {@code cells} are the cells' Simplified texts,
 * {@code cellSpans} where each was read; an empty cell has an empty text and a zero-length span.
 */
public record TableRow(int index, List<String> cells, List<Span> cellSpans, Span span) {
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The row as one line of text, cells separated by a space, empty cells left out. */
    public String text() {
        return String.join(" ", cells.stream().filter(c -> !c.isBlank()).toList());
    }
}
