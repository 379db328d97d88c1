package org.dunwell.sandboxes;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A vendor's OAuth 2 client-credentials endpoint: a client that names itself with HTTP Basic and
 * {@code grant_type=client_credentials} gets a bearer token valid for {@link #LIFETIME}; the vendor's API accepts only
 * tokens it issued and that have not expired.
 */
final class ClientCredentials {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String expectedBasic;
    private final String prefix;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

    ClientCredentials(String clientId, String clientSecret, String prefix) {
        this.expectedBasic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        this.prefix = prefix;
    }

    /** A new token for the right client asking for client credentials; empty for anyone else. */
    Optional<String> issue(String authorization, String grantType, Instant now) {
        if (!expectedBasic.equals(authorization) || !"client_credentials".equals(grantType)) {
            return Optional.empty();
        }
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.put(token, now.plus(LIFETIME));
        tokens.values().removeIf(expiry -> expiry.isBefore(now));
        return Optional.of(token);
    }

    /** The token endpoint's answer: 200 with a new token for the right client, 401 {@code invalid_client} for others. */
    Response tokenAnswer(String authorization, String grantType, Instant now) {
        return issue(authorization, grantType, now).map(VendorAnswers::token)
                .orElseGet(() -> VendorAnswers.error(401, "invalid_client"));
    }

    /** Whether {@code authorization} is {@code Bearer} and a token this endpoint issued, still valid at {@code now}. */
    boolean accepts(String authorization, Instant now) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        Instant expiry = tokens.get(authorization.substring("Bearer ".length()));
        return expiry != null && expiry.isAfter(now);
    }
}
