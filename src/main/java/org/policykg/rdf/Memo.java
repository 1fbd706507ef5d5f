package org.policykg.rdf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function remembered for later documents (of every builder that shares the memo): only for functions of
 * their argument alone (vocabularies read once and never changed), so a remembered answer is the answer.
 * At most {@code limit} are kept; past it the answer is worked out anew each time. Safe for several threads.
 */
final class Memo<K, V> {
    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final Function<K, V> function;
    private final int limit;

    Memo(Function<K, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    V get(K key) {
        V value = known.get(key);
        if (value != null) {
            return value;
        }
        value = function.apply(key);
        if (known.size() < limit) {
            known.putIfAbsent(key, value);
        }
        return value;
    }
}
