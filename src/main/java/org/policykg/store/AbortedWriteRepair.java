package org.policykg.store;

import java.lang.reflect.Field;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.BinaryDataFileRandomAccess;
import org.apache.jena.dboe.base.file.BinaryDataFileWriteBuffered;
import org.apache.jena.dboe.trans.data.TransBinaryDataFile;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Puts the append position of a TDB2 store's node files back at their end after a write transaction
 * was aborted.
 * <p>
 * Why: in Jena 5.6 the abort truncates a node file ({@code BinaryDataFileRandomAccess.truncate}) but
 * leaves the file's own write position where the aborted transaction had left it. Once a node is then
 * read from disk, the next write seeks back to that stale position, past the end: the next
 * transaction's nodes land behind a gap of zeros while their ids point into the gap, and from then on
 * the store answers {@code NodeTableTRDF/Read … Unrecognized type 0} for them (apache/jena#3877, fixed
 * in Jena 6, which needs Java 21). Remove this class with the move to Jena 6.
 */
final class AbortedWriteRepair {
    private static final Field TRANS_FILE = field(TransBinaryDataFile.class, "binFile");
    private static final Field BUFFERED_FILE = field(BinaryDataFileWriteBuffered.class, "other");
    private static final Field WRITE_POSITION = field(BinaryDataFileRandomAccess.class, "writePosition");

    private AbortedWriteRepair() {
    }

    /**
     * Call after an aborted write transaction and before the next one begins. Stores in memory, or not
     * TDB2 at all, have nothing to repair.
     */
    static void afterAbort(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        repair(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
        if (tdb.getStoragePrefixes() instanceof StoragePrefixesTDB prefixes) {
            repair(prefixes.getNodeTupleTable().getNodeTable());
        }
    }

    private static void repair(NodeTable table) {
        NodeTable t = table;
        while (!(t instanceof NodeTableTRDF) && t.wrapped() != null && t.wrapped() != t) {
            t = t.wrapped();
        }
        if (t instanceof NodeTableTRDF trdf && onDisk(trdf.getData()) instanceof BinaryDataFileRandomAccess file) {
            set(WRITE_POSITION, file, file.length());
        }
    }

    /** The file under the transaction and write-buffer layers, or what there is instead (a file in memory). */
    private static BinaryDataFile onDisk(BinaryDataFile file) {
        BinaryDataFile f = file;
        if (f instanceof TransBinaryDataFile) {
            f = (BinaryDataFile) get(TRANS_FILE, f);
        }
        if (f instanceof BinaryDataFileWriteBuffered) {
            f = (BinaryDataFile) get(BUFFERED_FILE, f);
        }
        return f;
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Jena has no " + type.getSimpleName() + "." + name
                    + ": check whether apache/jena#3877 is fixed in it and remove AbortedWriteRepair", e);
        }
    }

    private static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object target, long value) {
        try {
            f.setLong(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
