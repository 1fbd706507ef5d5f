package org.policykg.structure;

import java.util.List;
import java.util.Objects;

import org.policykg.normalize.Span;

/**
 * One row of a table, its cells in column order. {@code cells} are the cells' Simplified texts,
 * {@code cellSpans} where each was read; an empty cell has an empty text and a zero-length span.
 */
public record TableRow(int index, List<String> cells, List<Span> cellSpans, Span span) {
    /**
     * The record's equality (every component equal), written out with the cheapest components first: a
     * task's row is looked up among all the rows of a document's tables, and the generated equals goes
     * through method handles and compares the cell lists of every row of the same index. Comparing
     * components in another order gives the same answer (none has side effects). hashCode stays generated.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof TableRow other && index == other.index && Objects.equals(span, other.span)
                && Objects.equals(cells, other.cells) && Objects.equals(cellSpans, other.cellSpans);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The row as one line of text, cells separated by a space, empty cells left out. */
    public String text() {
        return String.join(" ", cells.stream().filter(c -> !c.isBlank()).toList());
    }
}
