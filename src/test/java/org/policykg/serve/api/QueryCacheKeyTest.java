package org.policykg.serve.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;

class QueryCacheKeyTest {
    private final SavedQuery query = SavedQueries.parse("q", "# title: t\nSELECT * {}");

    @Test
    void theOrderOfParametersDoesNotMakeANewQuestion() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");

        assertThat(SavedQueryAnswers.cacheKey(query, ab, "text/csv")).isEqualTo(SavedQueryAnswers.cacheKey(query, ba, "text/csv"));
    }

    @Test
    void anotherValueFormatOrEditedQueryTextIsANewQuestion() {
        String key = SavedQueryAnswers.cacheKey(query, Map.of("a", "1"), "text/csv");
        SavedQuery edited = SavedQueries.parse("q", "# title: t\nSELECT ?x {}");

        assertThat(SavedQueryAnswers.cacheKey(query, Map.of("a", "2"), "text/csv")).isNotEqualTo(key);
        assertThat(SavedQueryAnswers.cacheKey(query, Map.of("a", "1"), "application/json")).isNotEqualTo(key);
        assertThat(SavedQueryAnswers.cacheKey(edited, Map.of("a", "1"), "text/csv")).isNotEqualTo(key);
    }
}
