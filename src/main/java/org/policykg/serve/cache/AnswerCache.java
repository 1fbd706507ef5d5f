package org.policykg.serve.cache;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

/**
 * Answers to queries, kept until the store changes. The store is read-mostly (it changes only when a
 * document is ingested), so the same question asked by many researchers is computed once: an answer
 * belongs to the store's write generation it was computed at, and a later generation asks anew. The
 * caller's key names the question (query text, parameters, result format). Bounded by weight (the
 * answers' bytes): a whole-corpus answer of a large store can be tens of megabytes, and an answer
 * heavier than the whole bound is computed and sent but not kept. Answers of an older generation are
 * dropped as soon as a newer one is asked for: no question can reach them any more.
 * <p>
 * Under load two things matter: no global lock (a lock held by a thread the scheduler paused stalls
 * every request; Caffeine has none), and one computation per question (when a hundred clients ask
 * the same new question at once, one computes it and the others wait for its answer, rather than a
 * hundred executions competing for the CPU until they all time out).
 */
public final class AnswerCache<V> {
    private final Cache<String, CompletableFuture<V>> entries;
    private final Consumer<V> onDiscard;
    private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

    /** At most {@code maxWeight} in total, each answer weighing what {@code weight} says (an answer being computed weighs 1). */
    public AnswerCache(long maxWeight, ToIntFunction<V> weight) {
        this(maxWeight, weight, answer -> { });
    }

    /** As above; {@code onDiscard} is told of each answer computed here that is not, or no longer, kept. */
    public AnswerCache(long maxWeight, ToIntFunction<V> weight, Consumer<V> onDiscard) {
        this.onDiscard = onDiscard;
        this.entries = Caffeine.newBuilder().maximumWeight(maxWeight)
                .weigher((String slot, CompletableFuture<V> answer) -> answer.isDone() && !answer.isCompletedExceptionally()
                        ? Math.max(1, weight.applyAsInt(answer.join())) : 1)
                .removalListener((String slot, CompletableFuture<V> answer, RemovalCause cause) -> removed(slot, answer, cause))
                .executor(Runnable::run).build();
    }

    /** The answer kept for this key, if it was computed at this generation of the store. */
    public Optional<V> find(String key, long generation) {
        forgetBefore(generation);
        CompletableFuture<V> kept = entries.getIfPresent(slot(key, generation));
        return kept != null && kept.isDone() && !kept.isCompletedExceptionally() ? Optional.of(kept.join()) : Optional.empty();
    }

    public void put(String key, long generation, V value) {
        forgetBefore(generation);
        entries.put(slot(key, generation), CompletableFuture.completedFuture(value));
    }

    /**
     * The kept answer, the answer another request is computing (waited for), or one computed here
     * (outside any lock) and kept. A failed computation is not kept; its waiters get its exception.
     */
    public V get(String key, long generation, Supplier<V> compute) {
        forgetBefore(generation);
        String slot = slot(key, generation);
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> other = entries.asMap().putIfAbsent(slot, mine);
        if (other != null) {
            return await(other);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            if (!entries.asMap().replace(slot, mine, mine)) { // weighed again, now that its size is known
                onDiscard.accept(value); // a newer generation came while it was computed
            }
            return value;
        } catch (RuntimeException | Error e) {
            entries.asMap().remove(slot, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The re-weighing in {@link #get} replaces an answer by itself: that one is still kept. */
    private void removed(String slot, CompletableFuture<V> answer, RemovalCause cause) {
        if (answer == null || !answer.isDone() || answer.isCompletedExceptionally()) {
            return;
        }
        if (cause == RemovalCause.REPLACED && entries.asMap().get(slot) == answer) {
            return;
        }
        onDiscard.accept(answer.join());
    }

    /** Read first: on the hot path the generation is the newest one, and a plain read costs no shared write. */
    private void forgetBefore(long generation) {
        if (generation > newest.get() && newest.getAndAccumulate(generation, Math::max) < generation) {
            String current = generation + "\u0000";
            entries.asMap().keySet().removeIf(slot -> !slot.startsWith(current) && generationOf(slot) < generation);
        }
    }

    private static long generationOf(String slot) {
        return Long.parseLong(slot.substring(0, slot.indexOf('\u0000')));
    }

    private static <V> V await(CompletableFuture<V> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static String slot(String key, long generation) {
        return generation + "\u0000" + key;
    }
}
