package org.policykg.serve.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.policykg.query.SavedQuery;

/**
 * Answers of saved queries, kept until the store changes. The store is read-mostly (it changes only
 * when a document is ingested), so the same question asked by many researchers is computed once:
 * an entry is valid while the store's write generation is the one it was computed at. Keyed by the
 * query's text (an edited .rq file is a new key), its parameters and the result format. Bounded, least
 * recently used first out.
 */
final class ResultCache {
    private record Entry(long generation, byte[] body) {
    }

    private final int capacity;
    private final Map<String, Entry> entries;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    byte[] get(SavedQuery query, Map<String, String> params, String format, long generation, Supplier<byte[]> compute) {
        String key = key(query, params, format);
        synchronized (entries) {
            Entry hit = entries.get(key);
            if (hit != null && hit.generation() == generation) {
                return hit.body();
            }
        }
        byte[] body = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(generation, body));
        }
        return body;
    }

    private static String key(SavedQuery query, Map<String, String> params, String format) {
        return query.text().hashCode() + "\u0000" + query.name() + "\u0000" + format + "\u0000" + new TreeMap<>(params);
    }
}
