package org.policykg.serve.cache;

import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers to queries, kept until the store changes. The store is read-mostly (it changes only when a
 * document is ingested), so the same question asked by many researchers is computed once: an entry is
 * valid while the store's write generation is the one it was computed at. The caller's key names the
 * question (query text, parameters, result format). Bounded by entries. Lookups take no global lock
 * (a Caffeine cache): under load, a lock held by a thread the scheduler paused stalls every request.
 */
public final class ResultCache<V> {
    private record Entry<V>(long generation, V value) {
    }

    private final Cache<String, Entry<V>> entries;

    public ResultCache(int capacity) {
        this.entries = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** The answer kept for this key, if it was computed at this generation of the store. */
    public Optional<V> find(String key, long generation) {
        Entry<V> hit = entries.getIfPresent(key);
        return hit != null && hit.generation() == generation ? Optional.of(hit.value()) : Optional.empty();
    }

    public void put(String key, long generation, V value) {
        entries.put(key, new Entry<>(generation, value));
    }

    /** The kept answer, or one computed (without holding any lock: answers take long) and kept. */
    public V get(String key, long generation, Supplier<V> compute) {
        return find(key, generation).orElseGet(() -> {
            V value = compute.get();
            put(key, generation, value);
            return value;
        });
    }
}
