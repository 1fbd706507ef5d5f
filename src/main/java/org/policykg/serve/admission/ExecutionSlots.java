package org.policykg.serve.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission of query executions of one kind (saved queries and pages; ad-hoc {@code /ds} queries have
 * their own instance): answers that are kept cost nothing here, an execution needs a place in its
 * client's share and one of a few slots. What cannot be admitted soon is refused at once, not queued:
 * a request waiting for a slot holds a request thread, and when waiting requests held them all, kept
 * answers and {@code /health} waited behind executions (p99 0.7–1.3 s under load). So a client beyond
 * its share is told 429, and when every slot is taken and the small waiting room is full, or no slot
 * frees up within the short wait, the request is told 503; both with Retry-After.
 */
public final class ExecutionSlots {
    /** Work that may throw what the caller's own code throws. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** An execution not admitted: {@link #status()} is 429 (the client's share is taken) or 503 (no slot). */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final long retryAfterSeconds;

        Refused(int status, String message, long retryAfterSeconds) {
            super(message);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Whether this thread already holds a slot: a query run inside another's execution takes no second one. */
    private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

    private final Semaphore slots;
    private final int slotCount;
    private final int waitingRoom;
    private final AtomicInteger waiting = new AtomicInteger();
    private final long waitMillis;
    private final ClientShare share;
    private final long retryAfterSeconds;

    /**
     * {@code slots} executions at once, {@code waitingRoom} more waiting at most {@code waitMillis} for
     * one, each client at most its {@code share}; refusals ask to come back after {@code retryAfterSeconds}.
     */
    public ExecutionSlots(int slots, int waitingRoom, long waitMillis, ClientShare share, long retryAfterSeconds) {
        this.slots = new Semaphore(slots, true);
        this.slotCount = slots;
        this.waitingRoom = waitingRoom;
        this.waitMillis = waitMillis;
        this.share = share;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Request threads that executions of this kind hold at most: running plus waiting. */
    public int threadsHeld() {
        return slotCount + waitingRoom;
    }

    public <T, E extends Exception> T run(Work<T, E> work) throws E {
        if (HOLDING.get()) {
            return work.run();
        }
        String client = RequestClient.current();
        ClientShare.Place place = share.take(client);
        if (place == null) {
            throw new Refused(429, "too many queries at once from your address: at most " + share.perClient()
                    + " may run at a time; try again when one has finished", retryAfterSeconds);
        }
        try (place) {
            if (client == null) {
                // Work no request asked for (the default answers, the search index) waits its turn, however long.
                slots.acquireUninterruptibly();
            } else {
                acquire();
            }
            HOLDING.set(true);
            try {
                return work.run();
            } finally {
                HOLDING.set(false);
                slots.release();
            }
        }
    }

    private void acquire() {
        if (slots.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > waitingRoom) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Refused busy() {
        return new Refused(503, "the server is busy: every query slot is taken; try again in a moment", retryAfterSeconds);
    }
}
