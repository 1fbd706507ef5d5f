package org.policykg.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.ResultSetFormatter;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.store.KnowledgeStore;

/** Times one query file on a TDB2 store: {@code QueryTimer STORE FILE.rq ROUNDS [NAME=VALUE …]}; prints ms per run and rows. */
public final class QueryTimer {
    public static void main(String[] args) throws Exception {
        SavedQuery q = SavedQueries.fromFile(Path.of(args[1]));
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            values.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            for (int r = 0; r < Integer.parseInt(args[2]); r++) {
                long start = System.nanoTime();
                long rows = store.query(q.parse(), q.bind(values), exec -> (long) ResultSetFormatter.consume(exec.execSelect()));
                System.out.printf("%s %.0f ms %d rows%n", args[1], (System.nanoTime() - start) / 1e6, rows);
            }
        }
    }
}
