package org.policykg.serve.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private final AnswerCache<Integer> cache = new AnswerCache<>(100, v -> 1);
    private final AtomicInteger computed = new AtomicInteger();

    private int answer(String key, long generation) {
        return cache.get(key, generation, computed::incrementAndGet);
    }

    @Test
    void theSameQuestionIsComputedOnceWhileTheStoreIsUnchanged() {
        answer("q", 7);
        int again = answer("q", 7);

        assertThat(computed).hasValue(1);
        assertThat(again).isEqualTo(1);
    }

    @Test
    void aWriteToTheStoreOrAnotherQuestionIsComputedAnew() {
        answer("q", 7);
        answer("q", 8);
        answer("r", 8);

        assertThat(computed).hasValue(3);
        assertThat(cache.find("q", 8)).contains(2);
    }

    @Test
    void theCacheStaysWithinItsBound() {
        AnswerCache<Integer> cache = new AnswerCache<>(2, v -> 1);
        for (int i = 0; i < 100; i++) {
            cache.get("q" + i, 1, computed::incrementAndGet);
        }
        int kept = 0;
        for (int i = 0; i < 100; i++) {
            kept += cache.find("q" + i, 1).isPresent() ? 1 : 0;
        }

        assertThat(kept).isBetween(1, 2);
    }

    @Test
    void answersAreBoundedByTheirWeightAndOneHeavierThanTheBoundIsNotKept() {
        AnswerCache<Integer> cache = new AnswerCache<>(100, v -> v);
        for (int i = 0; i < 10; i++) {
            cache.get("q" + i, 1, () -> 40);
        }
        int kept = 0;
        for (int i = 0; i < 10; i++) {
            kept += cache.find("q" + i, 1).isPresent() ? 1 : 0;
        }
        int heavy = cache.get("heavy", 1, () -> 500);

        assertThat(kept).isBetween(1, 2);
        assertThat(heavy).as("still answered").isEqualTo(500);
        assertThat(cache.find("heavy", 1)).isEmpty();
    }

    @Test
    void answersOfAnOlderStoreAreDiscardedAsSoonAsANewerOneIsAskedFor() {
        java.util.List<Integer> discarded = new java.util.ArrayList<>();
        AnswerCache<Integer> cache = new AnswerCache<>(100, v -> 1, discarded::add);
        cache.get("q", 1, () -> 10);
        cache.get("r", 1, () -> 11);
        cache.get("q", 2, () -> 20);

        assertThat(discarded).containsExactlyInAnyOrder(10, 11);
        assertThat(cache.find("q", 2)).contains(20);
        assertThat(cache.find("q", 1)).isEmpty();
    }

    @Test
    void anAnswerHeavierThanTheBoundIsReturnedAndThenDiscarded() {
        java.util.List<Integer> discarded = new java.util.ArrayList<>();
        AnswerCache<Integer> cache = new AnswerCache<>(100, v -> v, discarded::add);

        int heavy = cache.get("heavy", 1, () -> 500);
        int light = cache.get("light", 1, () -> 5);

        assertThat(heavy).isEqualTo(500);
        assertThat(discarded).containsExactly(500);
        assertThat(cache.find("light", 1)).contains(light);
    }

    @Test
    void manyRequestsForTheSameNewQuestionComputeItOnce() throws Exception {
        java.util.concurrent.CountDownLatch computing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            answers.add(pool.submit(() -> cache.get("q", 1, () -> {
                computing.countDown();
                await(release);
                return computed.incrementAndGet();
            })));
            computing.await();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> answer("q", 1)));
            }
            Thread.sleep(100);
            release.countDown();
            for (var a : answers) {
                assertThat(a.get()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFailedComputationIsNotKept() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get("q", 1, () -> {
            throw new IllegalStateException("timed out");
        })).hasMessage("timed out");

        assertThat(answer("q", 1)).isEqualTo(1);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
