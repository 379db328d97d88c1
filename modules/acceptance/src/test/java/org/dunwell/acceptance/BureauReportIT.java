package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference bureau plugin (plugins/bureau-kestrel), built by this build and dropped into the test server's
 * plugins folder, end to end against a stub of the Kestrel Credit Bureau: an administrator configures and enables it
 * for DW01 (its secret never comes back), a clerk asks for a report, the higher score waits for a second person and
 * the recommended limit becomes the clerk's limit request, which the clerk cannot approve; a bureau that is down
 * answers 503 and records nothing. What it changed is rejected afterwards, and the plugin disabled again.
 */
class BureauReportIT {

    private static final String PLUGIN = "/api/v1/plugins/bureau-kestrel/configuration?company=DW01";
    private static StubKestrelBureau kestrel;
    private static String account;

    @BeforeAll
    static void start() throws Exception {
        HttpApi.awaitReady();
        kestrel = new StubKestrelBureau();
        JsonObject customer = HttpApi.as("clerk").get("/api/v1/customers?company=DW01&page=40&size=1")
                .assertStatus(200).json().getJsonArray("items").getJsonObject(0);
        assertThat(customer.getString("currency")).isEqualTo("EUR");
        account = customer.getString("account");
    }

    @AfterAll
    static void stop() {
        if (kestrel != null) {
            kestrel.close();
        }
        HttpApi admin = HttpApi.as("admin");
        String version = admin.get(PLUGIN).header("ETag");
        admin.putJson(PLUGIN, version, "{\"enabled\":false,\"reason\":\"the bureau test is over\"}").assertStatus(200);
    }

    private static String reports() {
        return "/api/v1/customers/" + account + "/bureau-report?company=DW01";
    }

    @Test
    void aClerksBureauReportProposesTheLimitAndWaitsForASecondPersonForTheScore() {
        HttpApi admin = HttpApi.as("admin");
        JsonArray plugins = (JsonArray) admin.get("/api/v1/plugins").assertStatus(200).structure();
        assertThat(plugins.getValuesAs(JsonObject.class)).anySatisfy(p -> {
            assertThat(p.getString("id")).isEqualTo("bureau-kestrel");
            assertThat(p.getString("state")).isEqualTo("started");
            assertThat(p.getJsonArray("provides").getString(0)).isEqualTo("CreditBureauProvider");
        });
        long reportsBefore = HttpApi.as("credit").get(reports()).assertStatus(200).json().getInt("total");
        HttpApi.Answer before = admin.get(PLUGIN).assertStatus(200);
        JsonObject configured = admin.putJson(PLUGIN, before.header("ETag"), """
                {"enabled":true,"settings":{"baseUrl":"%s","oauth.tokenUrl":"%s/oauth/token",
                 "oauth.clientId":"%s"},"secrets":{"oauth.clientSecret":"%s"},"reason":"bureau contract signed"}"""
                .formatted(kestrel.baseUrl(), kestrel.baseUrl(), StubKestrelBureau.CLIENT_ID,
                        StubKestrelBureau.CLIENT_SECRET)).assertStatus(200).json();
        assertThat(configured.getBoolean("enabled")).isTrue();
        assertThat(configured.getJsonArray("secrets").getString(0)).isEqualTo("oauth.clientSecret");
        assertThat(admin.get(PLUGIN).body()).as("a secret is never returned").doesNotContain(
                StubKestrelBureau.CLIENT_SECRET);
        admin.putJson(PLUGIN, before.header("ETag"), "{\"enabled\":true,\"reason\":\"stale\"}").assertProblem(412);

        JsonObject report = HttpApi.as("clerk").postJson(reports(),
                "{\"registrationNumber\":\"HRB 4711\",\"country\":\"de\"}").assertStatus(201).json();
        assertThat(kestrel.requests).singleElement().asString().startsWith("/v1/reports?country=DE&name=")
                .endsWith("&registrationNumber=HRB+4711");
        assertThat(report.getString("plugin")).isEqualTo("bureau-kestrel");
        assertThat(report.getString("reportReference")).isEqualTo("KR-2026-0042");
        assertThat(report.getInt("score")).as("512 on 100..600").isEqualTo(82);
        assertThat(report.getString("rating")).isEqualTo("A2");
        assertThat(report.getString("requestedBy")).isEqualTo("clerk");
        assertThat(report.getString("scoreChange")).isIn("PENDING", "APPLIED");
        long request = report.getJsonNumber("limitRequest").longValue();
        JsonObject limitRequest = HttpApi.as("clerk").get("/api/v1/credit-limit-requests/" + request + "?company=DW01")
                .assertStatus(200).json();
        assertThat(limitRequest.getString("requestedBy")).isEqualTo("clerk");
        assertThat(limitRequest.getString("status")).isEqualTo("PENDING");
        assertThat(limitRequest.getString("requestedLimit")).isEqualTo("37500.00");
        assertThat(limitRequest.getString("currency")).isEqualTo("EUR");
        HttpApi.as("clerk").postJson("/api/v1/credit-limit-requests/" + request + "/approve?company=DW01", "{}")
                .assertProblem(403);

        JsonObject listed = HttpApi.as("credit").get(reports()).assertStatus(200).json();
        assertThat(listed.getInt("total")).isEqualTo(reportsBefore + 1);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .isEqualTo(report.getJsonNumber("id").longValue());

        kestrel.answer(503);
        JsonObject down = HttpApi.as("clerk").postJson(reports(), "{}").assertProblem(503);
        assertThat(down.getString("detail")).startsWith("credit bureau reports are unavailable");
        assertThat(HttpApi.as("credit").get(reports()).json().getInt("total")).as("nothing recorded")
                .isEqualTo(reportsBefore + 1);
        kestrel.answer(200);
        assertThat(kestrel.tokensIssued()).as("the token is kept between calls").isEqualTo(1);

        HttpApi.as("cfo").postJson("/api/v1/credit-limit-requests/" + request + "/reject?company=DW01",
                "{\"note\":\"test over\"}").assertStatus(200);
        if (report.containsKey("creditChange") && !report.isNull("creditChange")) {
            HttpApi.as("cfo").postJson("/api/v1/credit-changes/" + report.getJsonNumber("creditChange").longValue()
                    + "/reject?company=DW01", "{\"note\":\"test over\"}").assertStatus(200);
        }
    }

    @Test
    void onlyCreditRolesAskAndAgentsSeeNoReports() {
        HttpApi.as("agent1").postJson(reports(), "{\"country\":\"DE\"}").assertProblem(403);
        HttpApi.as("agent1").get(reports()).assertProblem(403);
        HttpApi.as("manager").postJson(reports(), "{\"country\":\"DE\"}").assertProblem(403);
        HttpApi.as("manager").get(PLUGIN).assertProblem(403);
        HttpApi.as("admin").get("/api/v1/plugins/no-such-plugin/configuration?company=DW01").assertProblem(404);
    }
}
