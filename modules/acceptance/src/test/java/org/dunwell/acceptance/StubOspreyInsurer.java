package org.dunwell.acceptance;

import org.dunwell.plugin.testkit.StubHttpService;

/**
 * The Osprey Trade Credit insurer (docs/plugins.md) for the in-server tests, on the plugin test kit's stub service: a
 * token for anyone who asks, cover requests answered PENDING with {@link #COVER}, and the decision on it whatever
 * the test sets last.
 */
final class StubOspreyInsurer implements AutoCloseable {

    static final String COVER = "OSP-C-1001";
    static final String WEBHOOK_SECRET = "osprey-it-hook-secret";

    private final StubHttpService service = new StubHttpService();

    StubOspreyInsurer() {
        service.answer("/oauth/token", 200, "{\"access_token\":\"osprey-token\",\"token_type\":\"Bearer\","
                + "\"expires_in\":3600}");
        up();
    }

    /** Cover requests answered PENDING, the decision on {@link #COVER} pending too. */
    void up() {
        service.answer("/v1/cover-requests", 201, "{\"coverId\":\"" + COVER + "\",\"status\":\"pending\"}");
        decide("{\"coverId\":\"" + COVER + "\",\"status\":\"pending\"}");
    }

    String baseUrl() {
        return service.baseUrl();
    }

    /** Its configuration in a company, enabled, as a JSON body for PUT /plugins/insurer-osprey/configuration. */
    String configuration(String reason) {
        return ("{\"enabled\":true,\"settings\":{\"baseUrl\":\"%s\",\"oauth.tokenUrl\":\"%s/oauth/token\","
                + "\"oauth.clientId\":\"dunwell-it\",\"policy.endDate\":\"2027-12-31\"},"
                + "\"secrets\":{\"oauth.clientSecret\":\"osprey-it-secret\",\"webhookSecret\":\"" + WEBHOOK_SECRET
                + "\"},\"reason\":\"%s\"}")
                .formatted(baseUrl(), baseUrl(), reason);
    }

    /** Notices answered with this id, claims filed and read as this claim JSON. */
    void claims(String noticeId, String claimJson) {
        service.answer("/v1/overdue-notices", 201, "{\"noticeId\":\"" + noticeId + "\"}");
        service.answer("/v1/claims", 201, claimJson);
    }

    void decide(String coverJson) {
        service.answer("/v1/covers/", 200, coverJson);
    }

    /** Every call of the API (not the token's) answers this status until {@link #up}. */
    void down(int status) {
        service.answer("/v1/cover-requests", status, "{\"error\":\"as the test asked\"}");
        service.answer("/v1/covers/", status, "{\"error\":\"as the test asked\"}");
        service.answer("/v1/claims", status, "{\"error\":\"as the test asked\"}");
        service.answer("/v1/overdue-notices", status, "{\"error\":\"as the test asked\"}");
    }

    @Override
    public void close() {
        service.close();
    }
}
