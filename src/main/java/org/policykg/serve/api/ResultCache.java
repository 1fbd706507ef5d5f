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
    /** A computed answer: its media type and body. */
    record Answer(String contentType, byte[] body) {
    }

    private record Entry(long generation, Answer answer) {
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

    /** The answer for the query, parameters and requested format, computed only when not kept for this generation. */
    Answer get(SavedQuery query, Map<String, String> params, String format, long generation, Supplier<Answer> compute) {
        String key = key(query, params, format);
        synchronized (entries) {
            Entry hit = entries.get(key);
            if (hit != null && hit.generation() == generation) {
                return hit.answer();
            }
        }
        Answer answer = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(generation, answer));
        }
        return answer;
    }

    private static String key(SavedQuery query, Map<String, String> params, String format) {
        return query.text().hashCode() + "\u0000" + query.name() + "\u0000" + format + "\u0000" + new TreeMap<>(params);
    }
}
