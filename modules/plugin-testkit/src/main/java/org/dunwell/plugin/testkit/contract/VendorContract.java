package org.dunwell.plugin.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.testkit.StubHttpService;
import org.dunwell.plugin.testkit.TestPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every plugin that calls a vendor over HTTP owes the host, whatever its extension point: a well-formed answer
 * when the vendor answers as documented, and when it does not, one of the API's typed exceptions, in time. The host
 * retries {@link RetryLaterException} once and opens the plugin's circuit breaker on repeated failures; a plugin that
 * returns garbage, waits forever or throws the wrong thing breaks that.
 *
 * <p>Each extension point's contract ({@link CreditBureauProviderContract}, {@link CreditInsuranceProviderContract},
 * {@link CollectionAgencyProviderContract}) says what its call is and what well-formed means; a plugin's test class
 * extends it and says how its vendor answers normally. The vendor is a {@link StubHttpService}; the plugin gets a
 * {@link TestPluginContext} whose setting {@code baseUrl} points at it (override {@link #settings} and
 * {@link #secrets} for more).
 */
public abstract class VendorContract {

    /** How long a request may take in these tests; a vendor that hangs is given far longer. */
    protected static final Duration REQUEST_TIMEOUT = Duration.ofMillis(800);

    /** The vendor's service for this test. */
    protected final StubHttpService vendor = new StubHttpService();

    @AfterEach
    void closeTheVendor() {
        vendor.close();
    }

    /** The plugin's settings for a vendor at {@code baseUrl}. */
    protected Map<String, String> settings(String baseUrl) {
        return Map.of("baseUrl", baseUrl);
    }

    /** The plugin's secrets (an API key, a webhook secret); none by default. */
    protected Map<String, String> secrets() {
        return Map.of();
    }

    /** Makes {@link #vendor} answer the contract's call as the vendor documents it, successfully. */
    protected abstract void vendorAnswersNormally(StubHttpService vendor);

    /** The extension point's call with its sample input; checks the answer is well-formed (throws otherwise). */
    protected abstract void callAndCheck(TestPluginContext context);

    /** The context the host would give, for a vendor at {@code baseUrl}. */
    protected TestPluginContext context(String baseUrl) {
        Map<String, String> settings = new HashMap<>(settings(baseUrl));
        return new TestPluginContext("DW01", settings, secrets(), "test-token", java.time.Clock.systemUTC())
                .withRequestTimeout(REQUEST_TIMEOUT);
    }

    @Test
    void answersWellFormedWhenTheVendorAnswersAsDocumented() {
        vendorAnswersNormally(vendor);
        callAndCheck(context(vendor.baseUrl()));
        assertTrue(!vendor.requests().isEmpty(), "the plugin called the vendor's service at baseUrl");
    }

    @Test
    void aVendorThatIsDownIsRetryLater() {
        vendor.answer("/", 503, "{\"error\":\"down for maintenance\"}");
        assertThrows(RetryLaterException.class, () -> callAndCheck(context(vendor.baseUrl())));
    }

    @Test
    void aVendorThatAsksToSlowDownIsRetryLater() {
        vendor.answer("/", 429, "{\"error\":\"too many requests\"}");
        assertThrows(RetryLaterException.class, () -> callAndCheck(context(vendor.baseUrl())));
    }

    @Test
    void refusedCredentialsAreTheConfigurationsFault() {
        vendor.answer("/", 401, "{\"error\":\"who are you\"}");
        assertThrows(PluginConfigurationException.class, () -> callAndCheck(context(vendor.baseUrl())));
    }

    @Test
    void garbageIsAFailureNotAnAnswer() {
        vendor.answer("/", 200, "<html>not what was documented</html>");
        assertThrows(RuntimeException.class, () -> callAndCheck(context(vendor.baseUrl())),
                "an answer the plugin cannot read must fail the call, not pass for a result");
    }

    @Test
    void aVendorThatHangsIsLeftWithinTheRequestTimeout() {
        vendor.answerAfter("/", Duration.ofSeconds(20), 200, "{}");
        long started = System.nanoTime();
        assertThrows(RetryLaterException.class, () -> callAndCheck(context(vendor.baseUrl())));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(REQUEST_TIMEOUT.multipliedBy(4)) < 0, "the call gave up after " + took
                + "; it must honour the context's timeouts (use context.http())");
    }

    @Test
    void anUnreachableVendorIsRetryLater() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThrows(RetryLaterException.class, () -> callAndCheck(context("http://127.0.0.1:" + closed)));
    }

    /** For the contracts' checks: fails the test with the message when the value is null. */
    protected static <T> T present(T value, String what) {
        assertNotNull(value, what);
        return value;
    }

    /** For the contracts' checks: a text that must not be blank. */
    protected static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            fail(what + " is blank");
        }
        return value;
    }
}
