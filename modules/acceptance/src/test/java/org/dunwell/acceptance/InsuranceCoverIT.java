package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference insurer plugin (plugins/insurer-osprey), built by this build and dropped into the test server's
 * plugins folder, end to end against a stub of the Osprey insurer: an administrator enables it for DW01, a clerk
 * asks for cover, the insurer decides later, a refresh picks the decision up and the customer's credit insurance
 * shows it; a withdrawal removes it and closes the request; an insurer that is down answers 503 and records nothing.
 */
class InsuranceCoverIT {

    private static final String PLUGIN = "/api/v1/plugins/insurer-osprey/configuration?company=DW01";
    private static StubOspreyInsurer osprey;
    private static String account;

    @BeforeAll
    static void start() {
        HttpApi.awaitReady();
        osprey = new StubOspreyInsurer();
        JsonObject customer = HttpApi.as("clerk").get("/api/v1/customers?company=DW01&page=41&size=1")
                .assertStatus(200).json().getJsonArray("items").getJsonObject(0);
        assertThat(customer.getString("currency")).isEqualTo("EUR");
        account = customer.getString("account");
        HttpApi admin = HttpApi.as("admin");
        admin.putJson(PLUGIN, admin.get(PLUGIN).assertStatus(200).header("ETag"),
                osprey.configuration("insurance contract signed")).assertStatus(200);
    }

    @AfterAll
    static void stop() {
        if (osprey != null) {
            osprey.close();
        }
        HttpApi admin = HttpApi.as("admin");
        admin.putJson(PLUGIN, admin.get(PLUGIN).header("ETag"), "{\"enabled\":false,\"reason\":\"the insurance test"
                + " is over\"}").assertStatus(200);
    }

    private static String covers() {
        return "/api/v1/customers/" + account + "/insurance-cover?company=DW01";
    }

    @Test
    void aLaterDecisionBecomesTheCustomersInsuranceAndAWithdrawalRemovesIt() {
        HttpApi clerk = HttpApi.as("clerk");
        HttpApi.Answer created = clerk.postJson(covers(), "{\"amount\":\"50000.00\",\"registrationNumber\":\"HRB 77\","
                + "\"country\":\"DE\",\"reason\":\"new framework contract\"}").assertStatus(201);
        JsonObject asked = created.json();
        assertThat(asked.getString("state")).isEqualTo("PENDING");
        assertThat(asked.getString("coverReference")).isEqualTo(StubOspreyInsurer.COVER);
        assertThat(asked.getString("requestedBy")).isEqualTo("clerk");
        String cover = "/api/v1/insurance-covers/" + asked.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).contains(cover);
        assertThat(HttpApi.as("credit").get("/api/v1/insurance-covers/pending?company=DW01").assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(p -> assertThat(p.getJsonNumber("id")
                .longValue()).isEqualTo(asked.getJsonNumber("id").longValue()));

        osprey.decide("""
                {"coverId":"OSP-C-1001","status":"PARTIAL","insuredAmount":{"value":"40000.00","currency":"EUR"},
                 "coveragePercent":90,"validFrom":"2026-01-01","conditions":["payment terms at most 60 days"]}""");
        JsonObject decided = clerk.postJson(cover + "/refresh?company=DW01", "").assertStatus(200).json();
        assertThat(decided.getString("state")).isEqualTo("PARTIALLY_GRANTED");
        assertThat(decided.getString("insuredLimit")).isEqualTo("40000.00");
        assertThat(decided.getString("validTo")).as("from the plugin's policy.endDate").isEqualTo("2027-12-31");
        assertThat(decided.getString("outcome")).isEqualTo("set as the customer's credit insurance");
        JsonObject insurance = HttpApi.as("credit").get("/api/v1/customers/" + account + "/insurance?company=DW01")
                .assertStatus(200).json();
        assertThat(insurance.getString("insurer")).isEqualTo("insurer-osprey");
        assertThat(insurance.getString("policy")).isEqualTo(StubOspreyInsurer.COVER);
        assertThat(insurance.getString("insuredLimit")).isEqualTo("40000.00");
        assertThat(clerk.postJson(cover + "/refresh?company=DW01", "").assertStatus(200).json().getInt("version"))
                .as("the same decision again changes nothing").isEqualTo(decided.getInt("version"));

        osprey.decide("{\"coverId\":\"OSP-C-1001\",\"status\":\"WITHDRAWN\"}");
        assertThat(clerk.postJson(cover + "/refresh?company=DW01", "").assertStatus(200).json().getString("state"))
                .isEqualTo("WITHDRAWN");
        HttpApi.as("credit").get("/api/v1/customers/" + account + "/insurance?company=DW01").assertProblem(404);
        clerk.postJson(cover + "/refresh?company=DW01", "").assertProblem(409);
        JsonObject trail = HttpApi.as("credit").get("/api/v1/customers/" + account + "/credit/history?company=DW01")
                .assertStatus(200).json();
        assertThat(trail.getJsonArray("items").toString()).contains("insurer-osprey decided cover OSP-C-1001");
    }

    @Test
    void anInsurerThatIsDownRecordsNothingAndOnlyCreditRolesAsk() {
        long before = HttpApi.as("credit").get(covers()).assertStatus(200).json().getJsonNumber("total").longValue();
        osprey.down(503);
        try {
            JsonObject down = HttpApi.as("clerk").postJson(covers(), "{\"amount\":\"100.00\",\"country\":\"DE\","
                    + "\"reason\":\"r\"}").assertProblem(503);
            assertThat(down.getString("detail")).startsWith("credit insurance is unavailable");
        } finally {
            osprey.up();
        }
        assertThat(HttpApi.as("credit").get(covers()).json().getJsonNumber("total").longValue()).isEqualTo(before);
        HttpApi.as("agent1").postJson(covers(), "{\"amount\":\"1.00\",\"country\":\"DE\",\"reason\":\"r\"}")
                .assertProblem(403);
        HttpApi.as("agent1").get(covers()).assertProblem(403);
        HttpApi.as("manager").postJson(covers(), "{\"amount\":\"1.00\",\"country\":\"DE\",\"reason\":\"r\"}")
                .assertProblem(403);
        HttpApi.as("admin").get("/api/v1/insurance-covers/987654321?company=DW01").assertProblem(404);
    }

    @Test
    void aDecisionTheInsurerPushesSignedIsAppliedAndAnUnsignedOneRefused() {
        osprey.up();
        JsonObject asked = HttpApi.as("clerk").postJson(covers(), "{\"amount\":\"20000.00\",\"country\":\"DE\","
                + "\"reason\":\"pushed decision\"}").assertStatus(201).json();
        assertThat(asked.getString("state")).isEqualTo("PENDING");
        String pushed = "{\"covers\":[{\"coverId\":\"" + StubOspreyInsurer.COVER + "\",\"status\":\"granted\","
                + "\"insuredAmount\":{\"value\":\"20000.00\",\"currency\":\"EUR\"},\"coveragePercent\":85,"
                + "\"validFrom\":\"2026-01-01\"}]}";
        String webhook = "/api/v1/plugins/insurer-osprey/webhook/DW01";
        HttpApi.anonymous().exchange("POST", webhook, java.util.Map.of("Content-Type", "application/json"), pushed)
                .assertProblem(403);
        JsonObject receipt = HttpApi.anonymous().exchange("POST", webhook, java.util.Map.of("Content-Type",
                "application/json", "X-Osprey-Signature", "sha256=" + org.dunwell.plugin.api.WebhookSignatures
                .hmacSha256Hex(StubOspreyInsurer.WEBHOOK_SECRET, pushed.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))), pushed).assertStatus(200).json();
        assertThat(receipt.getInt("applied")).isEqualTo(1);
        JsonObject now = HttpApi.as("credit").get("/api/v1/insurance-covers/" + asked.getJsonNumber("id").longValue()
                + "?company=DW01").assertStatus(200).json();
        assertThat(now.getString("state")).isEqualTo("GRANTED");
        assertThat(HttpApi.as("credit").get("/api/v1/customers/" + account + "/insurance?company=DW01")
                .assertStatus(200).json().getString("insuredLimit")).isEqualTo("20000.00");
    }

    @Test
    void overdueInvoicesAreNotifiedAndAClaimTheInsurerMissedIsFiledAgainUnderItsNumberUntilPaid() {
        HttpApi clerk = HttpApi.as("clerk");
        osprey.up();
        long cover = clerk.postJson(covers(), "{\"amount\":\"30000.00\",\"country\":\"DE\",\"reason\":\"cover"
                + " for the claim test\"}").assertStatus(201).json().getJsonNumber("id").longValue();
        osprey.decide("{\"coverId\":\"" + StubOspreyInsurer.COVER + "\",\"status\":\"granted\",\"insuredAmount\":"
                + "{\"value\":\"30000.00\",\"currency\":\"EUR\"},\"coveragePercent\":90,\"validFrom\":\"2026-01-01\"}");
        clerk.postJson("/api/v1/insurance-covers/" + cover + "/refresh?company=DW01", "").assertStatus(200);
        String today = HttpApi.as("admin").get("/api/v1/admin/business-date").assertStatus(200).json()
                .getString("date");
        String invoice = "ICL-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpApi.as("erp").post("/api/v1/imports/invoices?company=DW01", "text/csv", "document,account,document_date,"
                + "due_date,currency,amount\n" + invoice + "," + account + "," + java.time.LocalDate.parse(today)
                .minusDays(120) + "," + java.time.LocalDate.parse(today).minusDays(90) + ",EUR,1500.00\n")
                .assertStatus(200);
        String body = "{\"account\":\"" + account + "\",\"invoices\":[\"" + invoice + "\"],\"reason\":\"90 days"
                + " overdue\"}";

        osprey.claims("OSP-N-1", "{\"claimId\":\"OSP-K-1\",\"status\":\"received\",\"asOf\":\"" + today + "\"}");
        JsonObject notice = clerk.postJson("/api/v1/insurance-claims/overdue-notices?company=DW01", body)
                .assertStatus(201).json();
        assertThat(notice.getString("state")).isEqualTo("NOTIFIED");
        assertThat(notice.getString("insurerReference")).isEqualTo("OSP-N-1");
        assertThat(notice.getString("coverReference")).isEqualTo(StubOspreyInsurer.COVER);

        osprey.down(503);
        JsonObject filing;
        try {
            filing = clerk.postJson("/api/v1/insurance-claims?company=DW01", body).assertStatus(201).json();
        } finally {
            osprey.up();
        }
        assertThat(filing.getString("state")).isEqualTo("FILING");
        assertThat(filing.getString("lastError")).contains("unavailable");
        String claim = "/api/v1/insurance-claims/" + filing.getJsonNumber("id").longValue() + "?company=DW01";
        String refresh = claim.replace("?company", "/refresh?company");
        osprey.claims("OSP-N-1", "{\"claimId\":\"OSP-K-1\",\"status\":\"received\",\"asOf\":\"" + today + "\"}");
        JsonObject filed = clerk.postJson(refresh, "").assertStatus(200).json();
        assertThat(filed.getString("state")).isEqualTo("FILED");
        assertThat(filed.getString("insurerReference")).isEqualTo("OSP-K-1");
        assertThat(filed.containsKey("lastError")).isFalse();

        osprey.claims("OSP-N-1", "{\"claimId\":\"OSP-K-1\",\"status\":\"paid\",\"settledAmount\":{\"value\":"
                + "\"1350.00\",\"currency\":\"EUR\"},\"asOf\":\"" + today + "\",\"note\":\"90%\"}");
        JsonObject paid = clerk.postJson(refresh, "").assertStatus(200).json();
        assertThat(paid.getString("state")).isEqualTo("PAID");
        assertThat(paid.getString("settledAmount")).isEqualTo("1350.00");
        assertThat(HttpApi.as("manager").get("/api/v1/invoices/" + invoice + "?company=DW01").assertStatus(200).json()
                .getString("openAmount")).as("the insurer's payment settles the claimed invoice").isEqualTo("150.00");
        String booked = "INS-" + filing.getString("claimNumber");
        assertThat(postings()).as("the ERP is told of it").anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("PAYMENT");
            assertThat(e.getString("document")).isEqualTo(booked);
            assertThat(e.getString("amount")).isEqualTo("1350.00");
        });
        clerk.postJson(refresh, "").assertProblem(409);
        HttpApi.as("agent1").get(claim).assertProblem(403);
        assertThat(HttpApi.as("credit").get("/api/v1/insurance-claims?company=DW01&kind=CLAIM&account=" + account)
                .assertStatus(200).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("claimNumber")).contains(filing.getString("claimNumber"));
    }

    /** Every entry of DW01's postings feed, page by page. */
    private static List<JsonObject> postings() {
        List<JsonObject> all = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            JsonObject feed = HttpApi.as("erp").get("/api/v1/postings?company=DW01&limit=1000&after=" + after)
                    .assertStatus(200).json();
            List<JsonObject> page = feed.getJsonArray("entries").getValuesAs(JsonObject.class);
            all.addAll(page);
            if (page.isEmpty()) {
                return all;
            }
            after = feed.getJsonNumber("next").longValue();
        }
    }
}
