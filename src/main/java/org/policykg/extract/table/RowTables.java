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
 * <p>Same answer as {@link #firstHolding} by construction: rows are keyed by the same
 * {@code equals}/{@code hashCode} that {@code List.contains} uses, and tables are entered in outline order with
 * {@code putIfAbsent}, so an equal row found in two tables keeps the first one, as {@code findFirst} would.
 */
public final class RowTables {
    private final Map<TableRow, Table> tableOfRow = new HashMap<>();

    public RowTables(List<Table> tables) {
        for (Table table : tables) {
            for (TableRow row : table.rows()) {
                tableOfRow.putIfAbsent(row, table);
            }
        }
    }

    /** The first table holding a row equal to this one, or null (also for a null row). */
    public Table of(TableRow row) {
        return row == null ? null : tableOfRow.get(row);
    }

    /** The plain search the index replaces, kept for tests to hold the index to. */
    public static Table firstHolding(List<Table> tables, TableRow row) {
        return tables.stream().filter(t -> t.rows().contains(row)).findFirst().orElse(null);
    }
}
