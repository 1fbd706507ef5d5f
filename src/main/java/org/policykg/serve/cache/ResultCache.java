package org.policykg.serve.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers to queries, kept until the store changes. The store is read-mostly (it changes only when a
 * document is ingested), so the same question asked by many researchers is computed once: an entry is
 * valid while the store's write generation is the one it was computed at. The caller's key names the
 * question (query text, parameters, result format). Bounded, least recently used first out.
 */
public final class ResultCache<V> {
    private record Entry<V>(long generation, V value) {
    }

    private final int capacity;
    private final Map<String, Entry<V>> entries;

    public ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<V>> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The answer kept for this key, if it was computed at this generation of the store. */
    public Optional<V> find(String key, long generation) {
        synchronized (entries) {
            Entry<V> hit = entries.get(key);
            return hit != null && hit.generation() == generation ? Optional.of(hit.value()) : Optional.empty();
        }
    }

    public void put(String key, long generation, V value) {
        synchronized (entries) {
            entries.put(key, new Entry<>(generation, value));
        }
    }

    /** The kept answer, or one computed (outside the lock: answers take long) and kept. */
    public V get(String key, long generation, Supplier<V> compute) {
        return find(key, generation).orElseGet(() -> {
            V value = compute.get();
            put(key, generation, value);
            return value;
        });
    }
}
