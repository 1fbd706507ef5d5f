package org.policykg.serve.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ExecutionSlotsTest {
    private final ExecutionSlots slots = new ExecutionSlots(1, 100);

    @Test
    void aQueryWaitsForASlotAndIsRefusedAsBusyWhenNoneFreesUpInTime() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.<String, RuntimeException>run(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        running.await();

        assertThatThrownBy(() -> slots.run(() -> "second")).isInstanceOf(ExecutionSlots.Busy.class).hasMessageContaining("busy");

        release.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(slots.<String, RuntimeException>run(() -> "third")).isEqualTo("third");
    }

    @Test
    void aFailingQueryGivesItsSlotBack() {
        assertThatThrownBy(() -> slots.run(() -> {
            throw new IllegalStateException("cut by the timeout");
        })).hasMessage("cut by the timeout");

        assertThat(slots.<String, RuntimeException>run(() -> "next")).isEqualTo("next");
    }
}
