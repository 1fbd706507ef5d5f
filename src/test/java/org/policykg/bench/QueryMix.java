package org.policykg.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.query.ResultSetFormatter;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.store.KnowledgeStore;

/**
 * Serving in a small JVM: opens a TDB2 store and runs every saved query (no parameters: the whole
 * corpus) {@code ROUNDS} times, consuming all rows. Exits 0 and prints the heap used after a full GC
 * when all ran; an OutOfMemoryError exits non-zero. The benchmark runs it at decreasing -Xmx.
 *
 * <p>Usage: {@code QueryMix STORE_DIR [ROUNDS]}.
 */
public final class QueryMix {
    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            long rows = 0;
            for (int r = 0; r < rounds; r++) {
                for (SavedQuery q : new SavedQueries(Path.of("queries")).all()) {
                    rows += store.query(q.parse(), Map.of(), exec -> (long) ResultSetFormatter.consume(exec.execSelect()));
                }
            }
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("ok rows=" + rows + " usedAfterGC=" + used);
        } catch (OutOfMemoryError e) {
            System.out.println("oom");
            System.exit(3);
        }
    }
}
