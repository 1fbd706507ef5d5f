package org.policykg.serve.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;

class ResultCacheTest {
    private final ResultCache cache = new ResultCache(2);
    private final AtomicInteger computed = new AtomicInteger();
    private final SavedQuery query = SavedQueries.parse("q", "# title: t\nSELECT * {}");

    private byte[] answer(Map<String, String> params, String format, long generation) {
        return cache.get(query, params, format, generation,
                () -> new ResultCache.Answer("text/csv", new byte[] {(byte) computed.incrementAndGet()})).body();
    }

    @Test
    void theSameQuestionIsComputedOnceWhileTheStoreIsUnchanged() {
        answer(Map.of("a", "1"), "csv", 7);
        byte[] again = answer(Map.of("a", "1"), "csv", 7);

        assertThat(computed).hasValue(1);
        assertThat(again).containsExactly(1);
    }

    @Test
    void aWriteToTheStoreOtherParametersOrAnotherFormatAreComputedAnew() {
        answer(Map.of("a", "1"), "csv", 7);
        answer(Map.of("a", "1"), "csv", 8);
        answer(Map.of("a", "2"), "csv", 8);
        answer(Map.of("a", "2"), "json", 8);

        assertThat(computed).hasValue(4);
    }

    @Test
    void anEditedQueryTextIsANewQuestion() {
        answer(Map.of(), "csv", 1);
        cache.get(SavedQueries.parse("q", "# title: t\nSELECT ?x {}"), Map.of(), "csv", 1, () -> new ResultCache.Answer("text/csv", new byte[] {9}));

        assertThat(answer(Map.of(), "csv", 1)).containsExactly(1);
    }

    @Test
    void theLeastRecentlyUsedAnswerMakesRoomWhenFull() {
        answer(Map.of("a", "1"), "csv", 1);
        answer(Map.of("a", "2"), "csv", 1);
        answer(Map.of("a", "1"), "csv", 1);
        answer(Map.of("a", "3"), "csv", 1);
        answer(Map.of("a", "1"), "csv", 1);
        answer(Map.of("a", "2"), "csv", 1);

        assertThat(computed).hasValue(4);
    }
}
