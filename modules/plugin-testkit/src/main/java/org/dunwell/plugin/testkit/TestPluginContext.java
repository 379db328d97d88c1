package org.dunwell.plugin.testkit;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.PluginHttp;
import org.dunwell.plugin.api.PluginSettings;
import org.dunwell.plugin.api.RetryLaterException;

/**
 * A plugin's context in a test: the company's settings and secrets as given, a fixed access token, a clock, and the
 * JDK's HTTP client with timeouts (as the host's: 5 s to connect, 10 s per request unless the request says less). An
 * I/O failure comes out as {@link UncheckedIOException}, as the host's does.
 */
public final class TestPluginContext implements PluginContext {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final String company;
    private final PluginSettings settings;
    private final Map<String, String> secrets;
    private final String token;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Duration requestTimeout = REQUEST_TIMEOUT;

    public TestPluginContext(String company, Map<String, String> settings, Map<String, String> secrets, String token,
                             Clock clock) {
        this.company = company;
        this.settings = new PluginSettings(settings);
        this.secrets = Map.copyOf(secrets);
        this.token = token;
        this.clock = clock;
    }

    /** A context for company DW01 with these settings, no secrets, the token {@code test-token} and UTC time. */
    public static TestPluginContext withSettings(Map<String, String> settings) {
        return new TestPluginContext("DW01", settings, Map.of(), "test-token", Clock.systemUTC());
    }

    /** The same context with these secrets (an API key, a webhook's signing key). */
    public TestPluginContext withSecrets(Map<String, String> secrets) {
        TestPluginContext copy = new TestPluginContext(company, settings.values(), secrets, token, clock);
        copy.requestTimeout = requestTimeout;
        return copy;
    }

    /** The same context whose HTTP requests time out after {@code timeout} (the host's default is 10 s). */
    public TestPluginContext withRequestTimeout(Duration timeout) {
        TestPluginContext copy = new TestPluginContext(company, settings.values(), secrets, token, clock);
        copy.requestTimeout = timeout;
        return copy;
    }

    @Override
    public String company() {
        return company;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public PluginHttp http() {
        return request -> {
            HttpRequest bounded = request.timeout().isPresent() ? request
                    : HttpRequest.newBuilder(request, (name, value) -> true).timeout(requestTimeout).build();
            // as the host's client: no answer in time, or none at all, is "try again later"
            try {
                return client.send(bounded, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new RetryLaterException(request.method() + " " + request.uri().getHost() + " failed: " + e, null,
                        e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryLaterException("interrupted while calling " + request.uri().getHost(), null, e);
            }
        };
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("plugin-test");
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
