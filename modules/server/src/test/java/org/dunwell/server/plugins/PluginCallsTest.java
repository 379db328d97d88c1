package org.dunwell.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bounds of a plugin call: the bulkhead holds a hung call's place, the breaker comes back half open. */
class PluginCallsTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<PluginCalls.Outcome> outcomes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private PluginCalls calls(Duration timeout, int concurrent, Duration openFor) {
        return new PluginCalls(executor, new PluginCalls.Limits(timeout, concurrent, 4, 50, openFor, Duration.ZERO),
                (plugin, operation, outcome, took) -> outcomes.add(outcome));
    }

    @Test
    void aCallBeyondTheBulkheadIsRefusedAtOnceWhileTheOthersHangAndOtherPluginsGoOn() throws Exception {
        PluginCalls calls = calls(Duration.ofSeconds(5), 1, Duration.ofMinutes(1));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> hung = Executors.newSingleThreadExecutor().submit(() -> calls.call("slow", "op", () -> {
            entered.countDown();
            release.await();
            return "late";
        }));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> calls.call("slow", "op", () -> "x")).isInstanceOf(PluginCalls.CallFailed.class)
                .hasMessageContaining("busy with 1 calls");
        assertThat(calls.call("other", "op", () -> "fine")).isEqualTo("fine");
        release.countDown();
        assertThat(hung.get(5, TimeUnit.SECONDS)).isEqualTo("late");
        assertThat(calls.call("slow", "op", () -> "again")).as("the place is free again").isEqualTo("again");
        assertThat(outcomes).containsExactly(PluginCalls.Outcome.BULKHEAD_FULL, PluginCalls.Outcome.OK,
                PluginCalls.Outcome.OK, PluginCalls.Outcome.OK);
    }

    @Test
    void anOpenBreakerLetsCallsThroughAgainAfterItsPause() throws Exception {
        PluginCalls calls = calls(Duration.ofSeconds(5), 4, Duration.ofMillis(300));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> calls.call("flaky", "op", () -> {
                throw new IllegalStateException("down");
            })).isInstanceOf(PluginCalls.CallFailed.class);
        }
        assertThat(calls.breakerState("flaky")).isEqualTo("open");
        assertThatThrownBy(() -> calls.call("flaky", "op", () -> "x")).isInstanceOf(PluginCalls.CallFailed.class)
                .satisfies(e -> assertThat(((PluginCalls.CallFailed) e).outcome())
                        .isEqualTo(PluginCalls.Outcome.BREAKER_OPEN));
        Thread.sleep(400);
        assertThat(calls.call("flaky", "op", () -> "back")).isEqualTo("back");
        assertThat(calls.call("flaky", "op", () -> "back")).isEqualTo("back");
        assertThat(calls.breakerState("flaky")).isEqualTo("closed");
    }
}
