package org.policykg.serve.cache;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** A computed HTTP answer held in memory: its media type and body. */
public record InMemoryAnswer(String contentType, byte[] body) implements CachedAnswer {

    /** The heap a cache of answers may take: an eighth of it. */
    public static long heapBound() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    /** A cache of answers that holds at most {@link #heapBound()}. */
    public static AnswerCache<InMemoryAnswer> newCache() {
        return new AnswerCache<>(heapBound(), InMemoryAnswer::weight);
    }

    @Override
    public int weight() {
        return body.length + (contentType == null ? 0 : contentType.length());
    }

    @Override
    public void send(HttpServletResponse response) throws IOException {
        startAnswer(response, contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void startAnswer(HttpServletResponse response, String contentType) {
        response.setStatus(HttpServletResponse.SC_OK);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setHeader("Vary", "Accept");
    }
}
