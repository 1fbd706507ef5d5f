package org.policykg.load;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * Writes one empty TDB2 index (GSPO, POSG …) from the tuples of a load in one pass: the tuples put in the
 * index's key order by a radix sort over the nodes' ranks (a stable counting sort per column, last key
 * column first: linear, no comparisons), duplicates dropped, then packed into full B+tree blocks by Jena's
 * {@link BPlusTreeRewriter}, as {@code tdb2.xloader} writes its indexes from an external sort. Blocks are
 * filled to the brim rather than split half-full by inserts one at a time, which is why such a store is
 * smaller than one written by inserts, even compacted.
 */
final class IndexPacker {
    private final TupleColumns tuples;
    private final long[] idOfRank;

    /** {@code tuples} hold ranks: index {@code r} of {@code idOfRank}, the node ids in key order. */
    IndexPacker(TupleColumns tuples, long[] idOfRank) {
        this.tuples = tuples;
        this.idOfRank = idOfRank;
    }

    /** Packs {@code index} (which must be empty) and answers the number of distinct tuples written. */
    long pack(TupleIndex index, String primaryOrder) {
        int[] keyColumns = keyColumns(index.getName(), primaryOrder);
        int[] order = sortedOrder(keyColumns);
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index.baseTupleIndex()).getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, records), records);
        Distinct rows = new Distinct(order, keyColumns, records);
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(rows, params, records,
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr()));
        return rows.written;
    }

    /** For each place of the index's key, the column of the primary order it comes from: GSPO → POSG is 2, 3, 1, 0. */
    static int[] keyColumns(String indexName, String primaryOrder) {
        int[] columns = new int[indexName.length()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = primaryOrder.indexOf(indexName.charAt(i));
            if (columns[i] < 0) {
                throw new IllegalArgumentException("index " + indexName + " is not an order of " + primaryOrder);
            }
        }
        return columns;
    }

    /** The tuples' positions in key order: least significant column first, each pass stable. */
    private int[] sortedOrder(int[] keyColumns) {
        int n = tuples.size();
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        int[] next = new int[n];
        int[] starts = new int[idOfRank.length + 1];
        for (int k = keyColumns.length - 1; k >= 0; k--) {
            int[] column = tuples.column(keyColumns[k]);
            Arrays.fill(starts, 0);
            for (int i = 0; i < n; i++) {
                starts[column[i] + 1]++;
            }
            for (int r = 1; r < starts.length; r++) {
                starts[r] += starts[r - 1];
            }
            for (int i = 0; i < n; i++) {
                int t = order[i];
                next[starts[column[t]]++] = t;
            }
            int[] swap = order;
            order = next;
            next = swap;
        }
        return order;
    }

    /** The records in key order, each tuple once. */
    private final class Distinct implements Iterator<Record> {
        private final int[] order;
        private final int[][] key;
        private final RecordFactory records;
        private int at;
        private int previous = -1;
        long written;

        Distinct(int[] order, int[] keyColumns, RecordFactory records) {
            this.order = order;
            this.key = new int[keyColumns.length][];
            for (int k = 0; k < keyColumns.length; k++) {
                key[k] = tuples.column(keyColumns[k]);
            }
            this.records = records;
            skipDuplicates();
        }

        private void skipDuplicates() {
            while (at < order.length && previous >= 0 && same(order[at], previous)) {
                at++;
            }
        }

        private boolean same(int a, int b) {
            for (int[] column : key) {
                if (column[a] != column[b]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean hasNext() {
            return at < order.length;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int t = order[at++];
            byte[] bytes = new byte[key.length * SystemTDB.SizeOfNodeId];
            for (int k = 0; k < key.length; k++) {
                Bytes.setLong(idOfRank[key[k][t]], bytes, k * SystemTDB.SizeOfNodeId);
            }
            previous = t;
            written++;
            skipDuplicates();
            return records.create(bytes);
        }
    }
}
