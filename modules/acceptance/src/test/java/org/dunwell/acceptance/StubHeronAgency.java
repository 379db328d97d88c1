package org.dunwell.acceptance;

import org.dunwell.plugin.testkit.StubHttpService;

/**
 * The Heron Collections agency (docs/plugins.md) for the in-server tests, on the plugin test kit's stub service: a
 * claim placed answers the claim id the test sets, and the events answer whatever the test sets last (whatever the
 * cursor: so every page is read twice, as an agency that repeats itself would send it).
 */
final class StubHeronAgency implements AutoCloseable {

    static final String API_KEY = "heron-it-key";
    static final String WEBHOOK_SECRET = "heron-it-hook-secret";

    private final StubHttpService service = new StubHttpService();

    StubHeronAgency() {
        claim("HER-1");
        events("{\"events\":[]}");
    }

    String baseUrl() {
        return service.baseUrl();
    }

    /** Its configuration in a company, enabled, as a JSON body for PUT /plugins/agency-heron/configuration. */
    String configuration(String reason) {
        return ("{\"enabled\":true,\"settings\":{\"baseUrl\":\"%s\"},\"secrets\":{\"apiKey\":\"%s\","
                + "\"webhookSecret\":\"%s\"},\"reason\":\"%s\"}").formatted(baseUrl(), API_KEY, WEBHOOK_SECRET, reason);
    }

    /** The next claims are placed as this claim id. */
    void claim(String claimId) {
        service.answer("/v2/claims", 201, "{\"claimId\":\"" + claimId + "\",\"status\":\"received\"}");
    }

    void events(String json) {
        service.answer("/v2/events", 200, json);
    }

    /** Claims answer this status until {@link #claim} is called again. */
    void down(int status) {
        service.answer("/v2/claims", status, "{\"error\":\"as the test asked\"}");
    }

    /** Heron's signature of a webhook body: sha256= and its HMAC-SHA256 under the secret. */
    static String sign(String body, String secret) {
        return "sha256=" + org.dunwell.plugin.api.WebhookSignatures.hmacSha256Hex(secret,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    java.util.List<StubHttpService.Received> requests() {
        return service.requests();
    }

    @Override
    public void close() {
        service.close();
    }
}
