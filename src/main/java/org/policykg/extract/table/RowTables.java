package org.policykg.extract.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policykg.structure.Table;
import org.policykg.structure.TableRow;

/**
 * Which table a row belongs to, told once per document. Searching every table's rows for each task row
 * costs tasks × rows record comparisons; this index hashes each row once.
 *
 * <p>Same answer as {@link #firstHolding} by construction: rows are told apart by the same {@code equals} that
 * {@code List.contains} uses (the key's hash only picks the bucket, and equal rows have equal keys), and tables
 * are entered in outline order with {@code putIfAbsent}, so an equal row found in two tables keeps the first one,
 * as {@code findFirst} would.
 */
public final class RowTables {
    private final List<Table> tables;
    private final Map<RowKey, Integer> tableOfRow = new HashMap<>();

    public RowTables(List<Table> tables) {
        this.tables = tables;
        for (int i = 0; i < tables.size(); i++) {
            for (TableRow row : tables.get(i).rows()) {
                tableOfRow.putIfAbsent(new RowKey(row), i);
            }
        }
    }

    /** The first table holding a row equal to this one, or null (also for a null row). */
    public Table of(TableRow row) {
        int i = indexOf(row);
        return i < 0 ? null : tables.get(i);
    }

    /** The position in the table list of {@link #of}'s table, or -1. */
    public int indexOf(TableRow row) {
        Integer i = row == null ? null : tableOfRow.get(new RowKey(row));
        return i == null ? -1 : i;
    }

    /** The plain search the index replaces, kept for tests to hold the index to. */
    public static Table firstHolding(List<Table> tables, TableRow row) {
        return tables.stream().filter(t -> t.rows().contains(row)).findFirst().orElse(null);
    }

    /**
     * A row as a key: the record's own hash walks every cell and span of the row; equal rows have the same index
     * and span, so hashing those two is consistent with the record's {@code equals}, which still decides.
     */
    private static final class RowKey {
        private final TableRow row;
        private final int hash;

        RowKey(TableRow row) {
            this.row = row;
            int h = row.index();
            if (row.span() != null) {
                h = 31 * (31 * h + row.span().start()) + row.span().end();
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey other && hash == other.hash && row.equals(other.row);
        }
    }
}
