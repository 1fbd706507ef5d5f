package org.policykg.serve.cache;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.policykg.serve.ServeConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A bound on how many queries execute at once: answers that are kept cost no slot, executions queue
 * for one. The bean is the saved queries' (twice the processors); ad-hoc {@code /ds} queries have an
 * instance of their own (see SparqlEndpoint), so that runaway ad-hoc queries cannot take the saved
 * queries' capacity. Without it, a burst of new questions on a small machine runs them
 * all at once, each slower than its timeout, none finishes and none is kept. A request that cannot get
 * a slot within the query timeout is refused as busy.
 */
@Component
public class ExecutionSlots {
    /** Thrown when no slot freed up in time. */
    public static final class Busy extends RuntimeException {
        Busy(long millis) {
            super("the server is busy: no query slot freed up within " + millis + " ms; try again");
        }
    }

    /** Work that may throw what the caller's own code throws. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final Semaphore slots;
    private final long waitMillis;

    @Autowired
    public ExecutionSlots(ServeConfig config) {
        this(2 * Runtime.getRuntime().availableProcessors(), config.queryTimeout().toMillis());
    }

    public ExecutionSlots(int slots, long waitMillis) {
        this.slots = new Semaphore(slots, true);
        this.waitMillis = waitMillis;
    }

    public <T, E extends Exception> T run(Work<T, E> work) throws E {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(waitMillis);
        }
        if (!acquired) {
            throw new Busy(waitMillis);
        }
        try {
            return work.run();
        } finally {
            slots.release();
        }
    }
}
