package org.policykg.bench;

/**
 * A Markdown table of figures for BENCHMARKS.md: figures right-aligned so their digits line up when
 * rendered, a leading label column (a query's name) left-aligned.
 */
final class MarkdownTable {
    private final StringBuilder text = new StringBuilder();

    private MarkdownTable(String[] header, int labelColumns) {
        line(header);
        text.append('|');
        for (int i = 0; i < header.length; i++) {
            text.append(i < labelColumns ? "---|" : "---:|");
        }
        text.append('\n');
    }

    /** Every column a figure. */
    static MarkdownTable figures(String... header) {
        return new MarkdownTable(header, 0);
    }

    /** A label column, then figures. */
    static MarkdownTable labelled(String... header) {
        return new MarkdownTable(header, 1);
    }

    MarkdownTable row(String... cells) {
        line(cells);
        return this;
    }

    private void line(String[] cells) {
        text.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
