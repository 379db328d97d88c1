package org.dunwell.acceptance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference bureau plugin against a vendor that fails in every way WireMock can: connections reset, empty and
 * malformed answers, random bytes, garbage JSON, server errors. Each asking answers 503 with nothing recorded, the
 * rest of the server keeps serving, the plugin's circuit breaker opens (calls then answer at once), and once the
 * vendor is back and the breaker's open time (2 s here) has passed, two good calls close it again.
 */
class PluginFaultsIT {

    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi CREDIT = HttpApi.as("credit");
    private static WireMockServer vendor;
    private static String company;
    private static String q;

    @BeforeAll
    static void aCompanyWithTheBureauOnWireMock() {
        HttpApi.awaitReady();
        vendor = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        vendor.start();
        vendor.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"wm-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        company = "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Faults IT\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        HttpApi.as("erp").post("/api/v1/imports/customers" + q, "text/csv", "account,name,currency,credit_limit\nK1,Acme GmbH,EUR,5000.00\n")
                .assertStatus(200);
        String plugin = "/api/v1/plugins/bureau-kestrel/configuration" + q;
        String base = "http://127.0.0.1:" + vendor.port();
        ADMIN.putJson(plugin, ADMIN.get(plugin).assertStatus(200).header("ETag"), ("{\"enabled\":true,\"settings\":"
                + "{\"baseUrl\":\"%s\",\"oauth.tokenUrl\":\"%s/oauth/token\",\"oauth.clientId\":\"wm\"},\"secrets\":"
                + "{\"oauth.clientSecret\":\"wm-secret\"},\"reason\":\"faults\"}").formatted(base, base))
                .assertStatus(200);
    }

    @AfterAll
    static void stop() {
        if (vendor != null) {
            vendor.stop();
        }
    }

    private static HttpApi.Answer ask() {
        return CREDIT.postJson("/api/v1/customers/K1/bureau-report" + q, "{\"registrationNumber\":\"HRB 1\","
                + "\"country\":\"DE\"}");
    }

    private static long reports() {
        return CREDIT.get("/api/v1/customers/K1/bureau-report" + q).assertStatus(200).json().getJsonNumber("total")
                .longValue();
    }

    private static String breaker() {
        return ADMIN.get("/api/v1/plugins").assertStatus(200).structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("id").equals("bureau-kestrel")).findFirst().orElseThrow()
                .getString("breaker");
    }

    private static void vendorAnswers(ResponseDefinitionBuilder answer) {
        vendor.stubFor(any(urlPathMatching("/v1/.*")).willReturn(answer));
    }

    @Test
    void everyFaultOfTheVendorIsA503WithNothingRecordedTheBreakerOpensAndClosesAgain() throws Exception {
        long before = reports();
        List<ResponseDefinitionBuilder> faults = List.of(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.EMPTY_RESPONSE),
                aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"score\":"),
                aResponse().withStatus(500).withBody("<html>oops</html>"));
        for (ResponseDefinitionBuilder fault : faults) {
            vendorAnswers(fault);
            JsonObject problem = ask().assertProblem(503);
            assertThat(problem.getString("detail")).startsWith("credit bureau reports are unavailable");
            HttpApi.as("manager").get("/api/v1/customers?size=1" + q.replace('?', '&')).assertStatus(200);
        }
        assertThat(reports()).as("nothing recorded").isEqualTo(before);
        assertThat(breaker()).isEqualTo("open");
        vendorAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"reportId":"KR-9","reportDate":"2026-12-01","company":{"id":"KB-9","name":"ACME GMBH"},
                 "score":{"value":480,"worst":100,"best":600},"rating":"B1"}"""));
        assertThat(ask().assertProblem(503).getString("detail")).as("the breaker answers at once while open")
                .contains("circuit breaker open");

        Thread.sleep(2500);
        ask().assertStatus(201);
        ask().assertStatus(201);
        assertThat(breaker()).as("two good calls close it").isEqualTo("closed");
        assertThat(reports()).isEqualTo(before + 2);
    }
}
