package org.policykg.serve.cache;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The step every answer-keeping filter takes: send the kept answer of a question asked since the store
 * last changed, or render it while holding the body back (up to a limit) and keep what the caller
 * accepts. Used in front of Fuseki (repeated {@code /ds} queries) and of the pages.
 */
public final class KeptResponses<V extends CachedAnswer> {
    /** Renders the answer into {@code out}; false when it was refused and nothing is to be finished or kept. */
    @FunctionalInterface
    public interface Render {
        boolean render(CapturingResponse out) throws IOException, ServletException;
    }

    /** What to keep of a complete 200 answer, or null to keep nothing. */
    @FunctionalInterface
    public interface Keep<V> {
        V keep(CapturingResponse rendered, byte[] body);
    }

    private final AnswerCache<V> answers;
    private final int largest;

    public KeptResponses(AnswerCache<V> answers, int largest) {
        this.answers = answers;
        this.largest = largest;
    }

    public void answer(String key, long generation, HttpServletResponse response, Render render, Keep<V> keep)
            throws IOException, ServletException {
        var kept = answers.find(key, generation);
        if (kept.isPresent()) {
            kept.get().send(response);
            return;
        }
        CapturingResponse rendering = new CapturingResponse(response, largest);
        if (!render.render(rendering)) {
            return;
        }
        rendering.finish();
        byte[] body = rendering.keptBody();
        V value = body == null ? null : keep.keep(rendering, body);
        if (value != null) {
            answers.put(key, generation, value);
        }
    }
}
