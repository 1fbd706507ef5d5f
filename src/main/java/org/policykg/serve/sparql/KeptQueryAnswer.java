package org.policykg.serve.sparql;

import java.io.IOException;

import org.policykg.serve.cache.AnswerCache;
import org.policykg.serve.cache.CachedAnswer;
import org.policykg.serve.cache.InMemoryAnswer;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An ad-hoc query's kept answer with the row limit it was cut at, if any: a repeated question must say
 * it was cut as the first answer did, or a researcher takes the first rows for the whole answer.
 */
record KeptQueryAnswer(InMemoryAnswer answer, String rowLimit) implements CachedAnswer {
    @Override
    public void send(HttpServletResponse response) throws IOException {
        if (rowLimit != null) {
            response.setHeader(BoundedQueryProcessor.ROW_LIMIT_HEADER, rowLimit);
        }
        answer.send(response);
    }

    @Override
    public int weight() {
        return answer.weight();
    }

    static AnswerCache<KeptQueryAnswer> newCache() {
        return new AnswerCache<>(InMemoryAnswer.heapBound(), KeptQueryAnswer::weight);
    }
}
