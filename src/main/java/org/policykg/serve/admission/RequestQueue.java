package org.policykg.serve.admission;

import java.time.Duration;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests handled at once are few, the rest wait their turn in order without holding a thread.
 * Handling every request of 200 clients at once on two cores made some 30 threads runnable: each
 * request got a time slice now and then, and the slowest waited 250–370 ms (p99) even for a kept
 * answer or {@code /health}. Handled a few at a time, in order, each request is answered soon after its
 * turn comes (p99 ~130 ms, {@code /health} ~20 ms, more answers a second; docs/load-test.md).
 * <p>
 * Two queues, one inside the other. Ad-hoc {@code /ds} queries first pass a queue of their own, as many
 * at once as they have execution slots, so runaway ad-hoc queries hold at most that many of the
 * shared turns and saved queries and pages always keep the rest. {@code /health} waits in neither: a
 * load balancer must see at once that the server is alive.
 */
public final class RequestQueue {
    /** The longest a request waits for its turn in the shared queue before it is told 503. */
    static final Duration SHARED_WAIT = Duration.ofSeconds(5);
    /** Requests that may wait at most in a queue; beyond them a request is told 503 at once. */
    static final int MAX_WAITING = 1000;

    private RequestQueue() {
    }

    /**
     * {@code handler} behind the two queues: {@code sharedTurns} requests at once in all, of which
     * {@code adHocTurns} ad-hoc queries at most, each waiting at most {@code adHocWait} for its turn.
     */
    public static Handler around(Handler handler, int sharedTurns, int adHocTurns, Duration adHocWait, long retryAfterSeconds) {
        Queue shared = new Queue(handler, sharedTurns, SHARED_WAIT, retryAfterSeconds);
        shared.excludePath("/health");
        Queue adHoc = new Queue(shared, adHocTurns, adHocWait, retryAfterSeconds);
        adHoc.includePath("/ds", "/ds/*");
        return adHoc;
    }

    /** Jetty's queue, whose refusals (a full queue, a wait too long) say when to come back. */
    private static final class Queue extends QoSHandler {
        private final String retryAfter;

        Queue(Handler handler, int turns, Duration wait, long retryAfterSeconds) {
            super(handler);
            setMaxRequestCount(turns);
            setMaxSuspendedRequestCount(MAX_WAITING);
            setMaxSuspend(wait);
            this.retryAfter = Long.toString(retryAfterSeconds);
        }

        @Override
        protected void reject(Request request, Response response, Callback callback, int status) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
            super.reject(request, response, callback, status);
        }

        @Override
        protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
            super.failSuspended(request, response, callback, status, failure);
        }
    }
}
