package org.policykg.serve.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An execution is admitted when its client runs less than its share and a slot is free or frees up
 * within the short wait; otherwise it is refused at once — 429 beyond the share, 503 with no slot —
 * so that no request thread waits long for a query.
 */
class ExecutionSlotsTest {
    /** One slot, one place in the waiting room, 300 ms of waiting, two queries per client. */
    private final ExecutionSlots slots = new ExecutionSlots(1, 1, 300, new ClientShare(2), 7);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHeldWork() {
        release.countDown();
    }

    /** Work asked by {@code client} that holds its slot until the test ends; returns once it runs. */
    private CompletableFuture<String> holding(String client) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<String> work = CompletableFuture.supplyAsync(() -> asClient(client, () -> slots.<String, RuntimeException>run(() -> {
            running.countDown();
            await(release);
            return "held";
        })));
        running.await();
        return work;
    }

    private static <T> T asClient(String client, java.util.function.Supplier<T> work) {
        AtomicReference<T> out = new AtomicReference<>();
        RequestClient.as(client, () -> out.set(work.get()));
        return out.get();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutionSlots.Refused refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (ExecutionSlots.Refused e) {
            return e;
        }
        throw new AssertionError("admitted, expected a refusal");
    }

    @Test
    void aClientBeyondItsShareIsToldTooManyRequestsAtOnce() {
        ExecutionSlots wide = new ExecutionSlots(4, 0, 300, new ClientShare(2), 7);
        CountDownLatch running = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            CompletableFuture.runAsync(() -> RequestClient.as("10.0.0.1", () -> wide.<Void, RuntimeException>run(() -> {
                running.countDown();
                await(release);
                return null;
            })));
        }
        await(running);

        long start = System.nanoTime();
        ExecutionSlots.Refused third = refusal(() -> RequestClient.as("10.0.0.1", () -> wide.run(() -> "third")));
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.retryAfterSeconds()).isEqualTo(7);
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused without waiting").isLessThan(100);
        assertThat(asClient("10.0.0.2", () -> wide.<String, RuntimeException>run(() -> "another client's"))).isEqualTo("another client's");
    }

    @Test
    void aQueryWaitsBrieflyForASlotAndIsToldBusyWhenNoneFreesUp() throws Exception {
        holding("10.0.0.1");

        long start = System.nanoTime();
        ExecutionSlots.Refused refused = refusal(() -> RequestClient.as("10.0.0.2", () -> slots.run(() -> "second")));
        long waited = (System.nanoTime() - start) / 1_000_000;

        assertThat(refused.status()).isEqualTo(503);
        assertThat(waited).as("waited the short wait, not the query timeout").isBetween(250L, 2000L);
    }

    @Test
    void whenTheWaitingRoomIsFullAQueryIsToldBusyAtOnce() throws Exception {
        holding("10.0.0.1");
        CompletableFuture<ExecutionSlots.Refused> waiting = CompletableFuture.supplyAsync(
                () -> refusal(() -> RequestClient.as("10.0.0.2", () -> slots.run(() -> "waits"))));
        Thread.sleep(100);

        long start = System.nanoTime();
        ExecutionSlots.Refused third = refusal(() -> RequestClient.as("10.0.0.3", () -> slots.run(() -> "third")));

        assertThat(third.status()).isEqualTo(503);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(100);
        assertThat(waiting.get().status()).as("the waiting one was refused after its wait").isEqualTo(503);
    }

    @Test
    void aWaitingQueryRunsWhenTheSlotFreesUpInTime() throws Exception {
        CompletableFuture<String> first = holding("10.0.0.1");
        CompletableFuture<String> second = CompletableFuture.supplyAsync(
                () -> asClient("10.0.0.2", () -> slots.<String, RuntimeException>run(() -> "second")));
        Thread.sleep(50);
        release.countDown();

        assertThat(first.get()).isEqualTo("held");
        assertThat(second.get()).isEqualTo("second");
    }

    @Test
    void aFailingQueryGivesItsSlotAndItsPlaceBack() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> RequestClient.as("10.0.0.1", () -> slots.run(() -> {
                throw new IllegalStateException("cut by the timeout");
            }))).hasMessage("cut by the timeout");
        }
        assertThat(asClient("10.0.0.1", () -> slots.<String, RuntimeException>run(() -> "next"))).isEqualTo("next");
    }

    @Test
    void aQueryRunInsideAnotherTakesNoSecondSlot() {
        String inner = asClient("10.0.0.1", () -> slots.<String, RuntimeException>run(() -> slots.<String, RuntimeException>run(() -> "inner")));
        assertThat(inner).isEqualTo("inner");
    }

    @Test
    void workNoRequestAskedForWaitsForItsTurnInsteadOfBeingRefused() throws Exception {
        CompletableFuture<String> first = holding("10.0.0.1");
        CompletableFuture<String> background = CompletableFuture.supplyAsync(() -> slots.<String, RuntimeException>run(() -> "default answers"));
        Thread.sleep(600);
        assertThat(background).as("still waiting after the requests' wait").isNotDone();

        release.countDown();
        assertThat(first.get()).isEqualTo("held");
        assertThat(background.get()).isEqualTo("default answers");
    }
}
