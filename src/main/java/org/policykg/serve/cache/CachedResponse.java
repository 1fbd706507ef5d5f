package org.policykg.serve.cache;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** A computed HTTP answer: its media type and body. */
public record CachedResponse(String contentType, byte[] body) {

    /** A cache of answers that holds at most an eighth of the heap. */
    public static ResultCache<CachedResponse> newCache() {
        return new ResultCache<>(Runtime.getRuntime().maxMemory() / 8, CachedResponse::weight);
    }

    int weight() {
        return body.length + (contentType == null ? 0 : contentType.length());
    }

    /** Sends this answer as a 200; it was chosen by the request's {@code Accept} header, hence {@code Vary}. */
    public void send(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setHeader("Vary", "Accept");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
