package org.policykg.serve.admission;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Tells the code deep in a request (a page's query, a saved query's execution) which client asked, so
 * that its execution counts against that client's share. Set first thing for every request and taken
 * off after it, since request threads are reused; off a request thread there is no client.
 */
public final class RequestClient implements Filter {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The asking client's address, or null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /** Work that may throw what the caller's own code throws. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /** Runs {@code work} as asked by {@code client}. */
    public static <E extends Exception> void as(String client, Work<E> work) throws E {
        String outer = CURRENT.get();
        CURRENT.set(client);
        try {
            work.run();
        } finally {
            // An error dispatch runs inside the request's own: give the outer value back, not null.
            CURRENT.set(outer);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String outer = CURRENT.get();
        CURRENT.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT.set(outer);
        }
    }
}
