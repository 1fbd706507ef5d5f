package org.policykg.serve.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ResultCacheTest {
    private final ResultCache<Integer> cache = new ResultCache<>(2);
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
        assertThat(cache.find("q", 7)).isEmpty();
        assertThat(cache.find("q", 8)).contains(2);
    }

    @Test
    void theCacheStaysWithinItsBound() {
        for (int i = 0; i < 100; i++) {
            answer("q" + i, 1);
        }
        int kept = 0;
        for (int i = 0; i < 100; i++) {
            kept += cache.find("q" + i, 1).isPresent() ? 1 : 0;
        }

        assertThat(kept).isBetween(1, 2);
    }
}
