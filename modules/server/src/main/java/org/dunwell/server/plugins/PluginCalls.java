package org.dunwell.server.plugins;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.WebhookRejectedException;

/**
 * Every call into a plugin, bounded: it runs on the executor's thread within a deadline (then it is interrupted and
 * the caller answered), at most {@code concurrent} calls per plugin at once (a hung call keeps its place until it
 * ends, so a plugin that hangs cannot take more threads than that), one retry for {@link RetryLaterException} within
 * the same deadline, and a circuit breaker per plugin that opens after repeated failures (timeouts, errors, garbage)
 * and lets a few calls through again after {@code openFor}. A refusal by the vendor or a configuration error is the
 * plugin working, not failing: it does not count against the breaker. Each call's outcome and time go to the
 * {@link Recorder} (the server's metrics).
 */
public final class PluginCalls {

    /** The outcome of a call as metrics and health name it. */
    public enum Outcome {
        OK, REFUSED, MISCONFIGURED, RETRY_LATER, TIMEOUT, FAILED, BULKHEAD_FULL, BREAKER_OPEN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where each call's outcome and duration go. */
    public interface Recorder {
        void record(String plugin, String operation, Outcome outcome, Duration took);

        Recorder NONE = (plugin, operation, outcome, took) -> { };
    }

    /** Limits of every plugin's calls. */
    public record Limits(Duration timeout, int concurrent, int window, int failurePercent, Duration openFor,
                         Duration retryPause) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), 4, 10, 50, Duration.ofSeconds(30),
                Duration.ofMillis(200));
    }

    /** A call that did not give an answer, with its outcome and a message for the user. */
    public static final class CallFailed extends RuntimeException {
        private final Outcome outcome;

        CallFailed(Outcome outcome, String message, Throwable cause) {
            super(message, cause);
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    private final ExecutorService executor;
    private final Limits limits;
    private final Recorder recorder;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;

    public PluginCalls(ExecutorService executor, Limits limits, Recorder recorder) {
        this.executor = executor;
        this.limits = limits;
        this.recorder = recorder;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(limits.window()).minimumNumberOfCalls(Math.max(1, limits.window() / 2))
                .failureRateThreshold(limits.failurePercent()).waitDurationInOpenState(limits.openFor())
                .permittedNumberOfCallsInHalfOpenState(2).recordException(PluginCalls::countsAsFailure)
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom().maxConcurrentCalls(limits.concurrent())
                .maxWaitDuration(Duration.ZERO).build());
    }

    private static boolean countsAsFailure(Throwable failure) {
        return !(failure instanceof RejectedRequestException || failure instanceof PluginConfigurationException
                || failure instanceof WebhookRejectedException);
    }

    /** The breaker's state for a plugin: closed, open, half_open (or closed before its first call). */
    public String breakerState(String plugin) {
        return breakers.circuitBreaker(plugin).getState().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The plugin's answer to {@code work}.
     *
     * @throws RejectedRequestException the vendor refused (passed through)
     * @throws PluginConfigurationException the plugin's configuration is wrong (passed through)
     * @throws WebhookRejectedException a webhook call the plugin found not authentic (passed through, not a failure)
     * @throws CallFailed no answer: timeout, failure, bulkhead full or breaker open
     */
    public <T> T call(String plugin, String operation, Callable<T> work) {
        long started = System.nanoTime();
        CircuitBreaker breaker = breakers.circuitBreaker(plugin);
        if (!breaker.tryAcquirePermission()) {
            recorder.record(plugin, operation, Outcome.BREAKER_OPEN, Duration.ZERO);
            throw new CallFailed(Outcome.BREAKER_OPEN, "the plugin " + plugin + " failed repeatedly and is paused"
                    + " (circuit breaker open); try again in a while", null);
        }
        long deadline = started + limits.timeout().toNanos();
        AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.FAILED);
        try {
            T answer = attempt(plugin, operation, work, deadline, outcome);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            outcome.set(Outcome.OK);
            return answer;
        } catch (RuntimeException failure) {
            Throwable counted = failure instanceof CallFailed && failure.getCause() != null ? failure.getCause() : failure;
            if (outcome.get() == Outcome.BULKHEAD_FULL) {
                breaker.releasePermission();
            } else {
                breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, counted);
            }
            throw failure;
        } finally {
            recorder.record(plugin, operation, outcome.get(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private <T> T attempt(String plugin, String operation, Callable<T> work, long deadline,
                          AtomicReference<Outcome> outcome) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(plugin, work, deadline, outcome);
            } catch (RetryLaterException later) {
                long pause = limits.retryPause().toNanos();
                if (attempt > 1 || System.nanoTime() + pause >= deadline) {
                    outcome.set(Outcome.RETRY_LATER);
                    throw new CallFailed(Outcome.RETRY_LATER, "the service behind plugin " + plugin
                            + " asks to try again later: " + later.getMessage(), later);
                }
                sleep(pause);
            }
        }
    }

    private <T> T once(String plugin, Callable<T> work, long deadline, AtomicReference<Outcome> outcome) {
        Bulkhead bulkhead = bulkheads.bulkhead(plugin);
        if (!bulkhead.tryAcquirePermission()) {
            outcome.set(Outcome.BULKHEAD_FULL);
            throw new CallFailed(Outcome.BULKHEAD_FULL, "the plugin " + plugin + " is busy with "
                    + limits.concurrent() + " calls already; try again in a while", null);
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
                try {
                    return work.call();
                } finally {
                    bulkhead.onComplete();
                }
            });
        } catch (RuntimeException rejected) {
            bulkhead.onComplete();
            throw new CallFailed(Outcome.FAILED, "the plugin " + plugin + " could not be called: " + rejected, rejected);
        }
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            outcome.set(Outcome.TIMEOUT);
            throw new CallFailed(Outcome.TIMEOUT, "the plugin " + plugin + " did not answer within "
                    + limits.timeout().toSeconds() + " s", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CallFailed(Outcome.FAILED, "the call to plugin " + plugin + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RetryLaterException later) {
                throw later;
            }
            if (cause instanceof RejectedRequestException rejected) {
                outcome.set(Outcome.REFUSED);
                throw rejected;
            }
            if (cause instanceof WebhookRejectedException forged) {
                // a caller that is not the vendor: the plugin did its job, the breaker must not open for it
                outcome.set(Outcome.REFUSED);
                throw forged;
            }
            if (cause instanceof PluginConfigurationException misconfigured) {
                outcome.set(Outcome.MISCONFIGURED);
                throw misconfigured;
            }
            throw new CallFailed(Outcome.FAILED, "the plugin " + plugin + " failed: " + cause, cause);
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
