package org.policykg.serve.cache;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** A computed HTTP answer kept for the next request with the same question, in memory or in a file. */
public interface CachedAnswer {

    /** Sends this answer as a 200; it was chosen by the request's {@code Accept} header, hence {@code Vary}. */
    void send(HttpServletResponse response) throws IOException;

    /** What keeping it costs, in bytes of heap. */
    int weight();

    /** Called once the cache no longer keeps it. */
    default void discard() {
    }
}
