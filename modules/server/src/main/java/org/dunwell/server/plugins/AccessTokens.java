package org.dunwell.server.plugins;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.PluginHttp;
import org.dunwell.plugin.api.PluginSettings;
import org.dunwell.plugin.api.RetryLaterException;

/**
 * OAuth 2.0 client-credentials tokens for plugins (RFC 6749 §4.4): asked with the plugin's {@code oauth.tokenUrl},
 * {@code oauth.clientId}, optional {@code oauth.scope} and secret {@code oauth.clientSecret} (HTTP Basic), kept per
 * plugin, company and client until a minute before they expire.
 */
final class AccessTokens {

    private static final Duration EARLY = Duration.ofMinutes(1);

    private record Key(String plugin, String company, String tokenUrl, String clientId) {
    }

    private record Token(String value, Instant expires) {
    }

    private final Map<Key, Token> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    AccessTokens(Clock clock) {
        this.clock = clock;
    }

    String token(String plugin, String company, PluginSettings settings, String clientSecret, PluginHttp http) {
        URI tokenUrl = settings.requireUri("oauth.tokenUrl");
        String clientId = settings.require("oauth.clientId");
        if (clientSecret == null) {
            throw new PluginConfigurationException("the secret oauth.clientSecret is missing");
        }
        Key key = new Key(plugin, company, tokenUrl.toString(), clientId);
        Token held = tokens.get(key);
        if (held != null && clock.instant().isBefore(held.expires().minus(EARLY))) {
            return held.value();
        }
        Token fresh = ask(tokenUrl, clientId, clientSecret, settings.get("oauth.scope").orElse(null), http);
        tokens.put(key, fresh);
        return fresh.value();
    }

    private Token ask(URI tokenUrl, String clientId, String clientSecret, String scope, PluginHttp http) {
        String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + encode(scope));
        String basic = java.util.Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() == 400 || answer.statusCode() == 401) {
            throw new PluginConfigurationException("the token endpoint refused the client " + clientId + " ("
                    + answer.statusCode() + ")");
        }
        if (answer.statusCode() != 200) {
            throw new RetryLaterException("the token endpoint answered " + answer.statusCode());
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject json = reader.readObject();
            String token = json.getString("access_token");
            long seconds = json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue() : 300;
            return new Token(token, clock.instant().plusSeconds(seconds));
        } catch (RuntimeException e) {
            throw new RetryLaterException("the token endpoint's answer is not a token: " + e.getMessage(), null, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
