package org.policykg.load;

import java.util.Arrays;

/**
 * The tuples of one table (triples or quads) as they arrive, column by column, each node as a small
 * number: its place in a {@link NodeIds} dictionary. Four ints a quad instead of four Jena objects, so
 * that ten million quads fit in a few hundred megabytes of heap and can be sorted without comparisons.
 */
final class TupleColumns {
    private final int[][] columns;
    private int size;

    TupleColumns(int arity) {
        columns = new int[arity][1 << 16];
    }

    int arity() {
        return columns.length;
    }

    int size() {
        return size;
    }

    void add(int... ids) {
        if (size == columns[0].length) {
            int grown = Math.addExact(size, Math.max(size >> 1, 1 << 16));
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], grown);
            }
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c][size] = ids[c];
        }
        size++;
    }

    /** Column {@code c}; only its first {@link #size()} entries are tuples. */
    int[] column(int c) {
        return columns[c];
    }

    /** Every entry replaced by {@code map[entry]} (dictionary places by ranks, once all tuples are in). */
    void remap(int[] map) {
        for (int[] column : columns) {
            for (int i = 0; i < size; i++) {
                column[i] = map[column[i]];
            }
        }
    }
}
