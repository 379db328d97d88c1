package org.dunwell.server.plugins;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.dunwell.plugin.api.PluginHttp;
import org.dunwell.plugin.api.RetryLaterException;

/**
 * The plugins' HTTP client: one JDK client with a connect timeout; a request without its own timeout gets the
 * host's; a failure to connect, a timeout or an interruption is a {@link RetryLaterException}.
 */
final class HostHttp implements PluginHttp {

    private final HttpClient client;
    private final Duration requestTimeout;

    HostHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public HttpResponse<String> send(HttpRequest request) {
        HttpRequest bounded = request.timeout().isPresent() ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).timeout(requestTimeout).build();
        try {
            return client.send(bounded, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RetryLaterException(request.method() + " " + request.uri().getHost() + " failed: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLaterException("interrupted while calling " + request.uri().getHost(), null, e);
        }
    }
}
