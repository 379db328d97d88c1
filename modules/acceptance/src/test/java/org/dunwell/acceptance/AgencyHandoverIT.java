package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference agency plugin (plugins/agency-heron), built by this build and dropped into the test server's plugins
 * folder, end to end against a stub of the Heron agency, in a company of its own: a manager hands a case over, the
 * agency's status, payment and fee come back by polling (each page twice, as an agency that repeats itself: booked
 * once), the payment settles the case's invoices and goes to the ERP on the postings feed, and the ERP's own booking
 * of it is matched, not counted twice; a case above the company's threshold waits for the CFO, an agency that is down
 * leaves it approved until it is sent again; an agent sees only the hand-overs of its pool.
 */
class AgencyHandoverIT {

    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi ERP = HttpApi.as("erp");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final HttpApi AGENT1 = HttpApi.as("agent1");
    private static final HttpApi CREDIT = HttpApi.as("credit");
    private static final HttpApi CFO = HttpApi.as("cfo");
    private static StubHeronAgency heron;
    private static String company;
    private static String q;
    private static LocalDate today;

    @BeforeAll
    static void aCompanyWithTheAgencyEnabled() {
        HttpApi.awaitReady();
        heron = new StubHeronAgency();
        company = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        today = LocalDate.parse(ADMIN.get("/api/v1/admin/business-date").assertStatus(200).json().getString("date"));
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Agency IT\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        ERP.post("/api/v1/imports/customers" + q, "text/csv", """
                account,name,currency,region
                G1,Gone Quiet GmbH,EUR,MINE
                G2,Big Debtor AG,EUR,OTHER
                """).assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + "GI-1,G1," + today.minusDays(120) + "," + today.minusDays(90) + ",EUR,400.00\n"
                + "GI-2,G1," + today.minusDays(100) + "," + today.minusDays(70) + ",EUR,200.00\n"
                + "BI-1,G2," + today.minusDays(100) + "," + today.minusDays(70) + ",EUR,60000.00\n").assertStatus(200);
        MANAGER.postJson("/api/v1/pools" + q, "{\"company\":\"" + company + "\",\"name\":\"mine\",\"conditions\":"
                + "[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"MINE\"}]}").assertStatus(201);
        MANAGER.postJson("/api/v1/pools/mine/reassign" + q, "{\"company\":\"" + company + "\",\"to\":\"agent1\"}")
                .assertStatus(200);
        String plugin = "/api/v1/plugins/agency-heron/configuration" + q;
        ADMIN.putJson(plugin, ADMIN.get(plugin).assertStatus(200).header("ETag"),
                heron.configuration("collection contract with Heron")).assertStatus(200);
    }

    @AfterAll
    static void stop() {
        if (heron != null) {
            heron.close();
        }
    }

    private static long openCase(String title, String... documents) {
        return MANAGER.postJson("/api/v1/cases" + q, "{\"company\":\"" + company + "\",\"title\":\"" + title
                + "\",\"category\":\"AGENCY\",\"documents\":[\"" + String.join("\",\"", documents) + "\"]}")
                .assertStatus(201).json().getJsonNumber("id").longValue();
    }

    private static String open(String invoice) {
        return MANAGER.get("/api/v1/invoices/" + invoice + q).assertStatus(200).json().getString("openAmount");
    }

    @Test
    void aCaseGoesToTheAgencyAndItsPaymentIsBookedOnceAndMatchedWhenTheErpSendsItBack() {
        long caseId = openCase("Gone quiet", "GI-1", "GI-2");
        heron.claim("HER-1");
        HttpApi.Answer created = AGENT1.postJson("/api/v1/agency-handovers" + q, "{\"company\":\"" + company
                + "\",\"caseId\":" + caseId + ",\"reason\":\"no answer to three letters\"}").assertStatus(201);
        JsonObject handover = created.json();
        assertThat(handover.getString("state")).isEqualTo("HANDED_OVER");
        assertThat(handover.getString("agencyReference")).isEqualTo("HER-1");
        assertThat(handover.getString("amount")).isEqualTo("600.00");
        String path = "/api/v1/agency-handovers/" + handover.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).contains(path);
        assertThat(heron.requests()).anySatisfy(r -> {
            assertThat(r.uri()).isEqualTo("/v2/claims");
            assertThat(r.authorization()).isEqualTo("Bearer " + StubHeronAgency.API_KEY);
            assertThat(r.body()).contains("\"reference\":\"G1\"", "\"number\":\"GI-1\"", "\"value\":\"600.00\"");
        });
        AGENT1.postJson("/api/v1/agency-handovers" + q, "{\"company\":\"" + company + "\",\"caseId\":" + caseId
                + ",\"reason\":\"again\"}").assertProblem(409);
        assertThat(MANAGER.get("/api/v1/cases/" + caseId + q).assertStatus(200).json().getString("status"))
                .isEqualTo("IN_PROGRESS");

        heron.events("""
                {"events":[
                  {"eventId":"E1","claimId":"HER-1","type":"status","status":"in_progress","at":"2026-12-03T08:00:00Z"},
                  {"eventId":"E2","claimId":"HER-1","type":"payment","amount":{"value":"250.00","currency":"EUR"},
                   "date":"%s","invoice":"GI-2"},
                  {"eventId":"E3","claimId":"HER-1","type":"fee","amount":{"value":"30.00","currency":"EUR"},
                   "date":"%s","description":"commission 12%%"}],
                 "next":"E3"}""".formatted(today, today));
        AGENT1.postJson("/api/v1/agency-handovers/poll" + q, "").assertProblem(403);
        JsonObject round = MANAGER.postJson("/api/v1/agency-handovers/poll" + q, "").assertStatus(200).json();
        assertThat(round.getInt("applied")).isEqualTo(3);
        assertThat(round.getInt("duplicates")).as("the agency repeated its page: nothing twice").isEqualTo(3);
        assertThat(MANAGER.postJson("/api/v1/agency-handovers/poll" + q, "").assertStatus(200).json()
                .getInt("applied")).isZero();

        JsonObject after = AGENT1.get(path + q).assertStatus(200).json();
        assertThat(after.getString("agencyStatus")).isEqualTo("IN_PROGRESS");
        assertThat(after.getString("recovered")).isEqualTo("250.00");
        assertThat(after.getString("fees")).isEqualTo("30.00");
        assertThat(after.getJsonArray("updates")).hasSize(3);
        assertThat(open("GI-2")).as("the invoice the agency names first").isEqualTo("0.00");
        assertThat(open("GI-1")).isEqualTo("350.00");

        JsonObject feed = ERP.get("/api/v1/postings" + q).assertStatus(200).json();
        List<JsonObject> payments = feed.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("PAYMENT")).toList();
        assertThat(payments).singleElement().satisfies(p -> assertThat(p.getString("amount")).isEqualTo("250.00"));
        String key = payments.get(0).getString("reconciliationKey");
        JsonObject echo = ERP.post("/api/v1/imports/payments" + q, "text/csv", "document,account,date,currency,amount,"
                + "reference\nERP-PAY-77,G1," + today + ",EUR,250.00," + key + "\n").assertStatus(200).json();
        assertThat(echo.getInt("applied")).isZero();
        assertThat(echo.getJsonArray("warnings").toString()).contains(key, "matched");
        assertThat(open("GI-1")).as("the ERP's booking of the same money is not counted again").isEqualTo("350.00");

        // Heron pushes a later payment: only a call signed with the webhook secret is taken, and only once
        String webhook = "/api/v1/plugins/agency-heron/webhook/" + company;
        String pushed = ("{\"events\":[{\"eventId\":\"E4\",\"claimId\":\"HER-1\",\"type\":\"payment\","
                + "\"amount\":{\"value\":\"50.00\",\"currency\":\"EUR\"},\"date\":\"%s\"}]}").formatted(today);
        HttpApi vendor = HttpApi.anonymous();
        vendor.post(webhook, "application/json", pushed).assertProblem(403);
        vendor.exchange("POST", webhook, java.util.Map.of("Content-Type", "application/json", "X-Heron-Signature",
                StubHeronAgency.sign(pushed, "a guess")), pushed).assertProblem(403);
        vendor.exchange("POST", "/api/v1/plugins/insurer-osprey/webhook/" + company, java.util.Map.of("Content-Type",
                "application/json"), pushed).assertProblem(404);
        vendor.exchange("POST", "/api/v1/plugins/agency-heron/webhook/NOSUCHCO", java.util.Map.of("Content-Type",
                "application/json"), pushed).assertProblem(404);
        java.util.Map<String, String> signed = java.util.Map.of("Content-Type", "application/json",
                "X-Heron-Signature", StubHeronAgency.sign(pushed, StubHeronAgency.WEBHOOK_SECRET));
        JsonObject receipt = vendor.exchange("POST", webhook, signed, pushed).assertStatus(200).json();
        assertThat(receipt.getInt("received")).isEqualTo(1);
        assertThat(receipt.getInt("applied")).isEqualTo(1);
        assertThat(vendor.exchange("POST", webhook, signed, pushed).assertStatus(200).json().getInt("applied"))
                .as("pushed twice, booked once").isZero();
        assertThat(open("GI-1")).isEqualTo("300.00");
        // a payment for a claim Heron has but Dunwell does not know: kept for a person, not booked
        String stray = ("{\"events\":[{\"eventId\":\"E5\",\"claimId\":\"HER-404\",\"type\":\"payment\","
                + "\"amount\":{\"value\":\"75.00\",\"currency\":\"EUR\"},\"date\":\"%s\"}]}").formatted(today);
        vendor.exchange("POST", webhook, java.util.Map.of("Content-Type", "application/json", "X-Heron-Signature",
                StubHeronAgency.sign(stray, StubHeronAgency.WEBHOOK_SECRET)), stray).assertStatus(200);
        assertThat(MANAGER.get("/api/v1/agency-handovers/unmatched" + q).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(u -> {
                    assertThat(u.getString("agencyReference")).isEqualTo("HER-404");
                    assertThat(u.getString("amount")).isEqualTo("75.00");
                });
        AGENT1.get("/api/v1/agency-handovers/unmatched" + q).assertProblem(403);

        List<String> history = MANAGER.get("/api/v1/customers/G1/collections-history?size=50&company=" + company)
                .assertStatus(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertThat(history).contains("agency-requested", "agency-handed-over", "agency-recovery", "agency-fee",
                "agency-agency-status");
    }

    @Test
    void aManagerRecallsACaseOnceTheAgencyAgreesAndADownAgencyLeavesItWithTheAgency() {
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + "RI-1,G1," + today.minusDays(100) + "," + today.minusDays(70) + ",EUR,90.00\n").assertStatus(200);
        long caseId = openCase("To recall", "RI-1");
        heron.claim("HER-R");
        long id = AGENT1.postJson("/api/v1/agency-handovers" + q, "{\"company\":\"" + company + "\",\"caseId\":"
                + caseId + ",\"reason\":\"silent\"}").assertStatus(201).json().getJsonNumber("id").longValue();
        String recall = "/api/v1/agency-handovers/" + id + "/recall" + q;
        String body = "{\"company\":\"" + company + "\",\"reason\":\"the customer pays us directly\"}";
        AGENT1.postJson(recall, body).assertProblem(403);
        MANAGER.postJson(recall, "{\"company\":\"" + company + "\",\"reason\":\" \"}").assertProblem(400);

        heron.down(503);
        try {
            MANAGER.postJson(recall, body).assertProblem(503);
        } finally {
            heron.claim("HER-R");
        }
        assertThat(MANAGER.get("/api/v1/agency-handovers/" + id + q).assertStatus(200).json().getString("state"))
                .isEqualTo("HANDED_OVER");

        JsonObject recalled = MANAGER.postJson(recall, body).assertStatus(200).json();
        assertThat(recalled.getString("state")).isEqualTo("RECALLED");
        assertThat(heron.requests()).anySatisfy(r -> {
            assertThat(r.uri()).isEqualTo("/v2/claims/HER-R/recall");
            assertThat(r.authorization()).isEqualTo("Bearer " + StubHeronAgency.API_KEY);
            assertThat(r.body()).contains("the customer pays us directly");
        });
        MANAGER.postJson(recall, body).assertProblem(409);
        assertThat(MANAGER.get("/api/v1/cases/" + caseId + q).assertStatus(200).json().toString())
                .contains("Recalled from the agency agency-heron (HER-R): the customer pays us directly");
    }

    @Test
    void aCaseAboveTheThresholdWaitsForTheCfoAndADownAgencyGetsItWhenSentAgain() {
        long caseId = openCase("Big one", "BI-1");
        JsonObject waiting = MANAGER.postJson("/api/v1/agency-handovers" + q, "{\"company\":\"" + company
                + "\",\"caseId\":" + caseId + ",\"reason\":\"insolvency rumours\"}").assertStatus(201).json();
        assertThat(waiting.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(waiting.getString("approvalNeeded")).isEqualTo("SENIOR_APPROVER");
        String path = "/api/v1/agency-handovers/" + waiting.getJsonNumber("id").longValue();
        AGENT1.get(path + q).assertProblem(404);
        MANAGER.postJson(path + "/approve" + q, "{}").assertProblem(403);
        CREDIT.postJson(path + "/approve" + q, "{}").assertProblem(403);

        heron.down(503);
        JsonObject approved;
        try {
            approved = CFO.postJson(path + "/approve" + q, "{\"note\":\"agreed\"}").assertStatus(200).json();
            assertThat(approved.getString("state")).isEqualTo("APPROVED");
            assertThat(approved.getString("lastError")).contains("unavailable");
            MANAGER.postJson(path + "/send" + q, "").assertProblem(503);
        } finally {
            heron.claim("HER-2");
        }
        JsonObject sent = MANAGER.postJson(path + "/send" + q, "").assertStatus(200).json();
        assertThat(sent.getString("state")).isEqualTo("HANDED_OVER");
        assertThat(sent.getString("agencyReference")).isEqualTo("HER-2");
        assertThat(sent.getString("decidedBy")).isEqualTo("cfo");
        MANAGER.postJson(path + "/send" + q, "").assertProblem(409);
        assertThat(AGENT1.get("/api/v1/agency-handovers" + q).assertStatus(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(h -> h.getString("account")).doesNotContain("G2");
        ADMIN.get("/api/v1/agency-handovers/987654321" + q).assertProblem(404);
    }

    @Test
    void aLetterOfTheLastDunningLevelHandsTheCustomerOverByItself() {
        String letters = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String inL = "?company=" + letters;
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + letters + "\",\"name\":\"Agency letters IT\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        ERP.post("/api/v1/imports/customers" + inL, "text/csv", "account,name,currency\nL1,Late Payer BV,EUR\n")
                .assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + inL, "text/csv", "document,account,document_date,due_date,currency,"
                + "amount\nLI-1,L1," + today.minusDays(90) + "," + today.minusDays(60) + ",EUR,700.00\n")
                .assertStatus(200);
        MANAGER.request("PUT", "/api/v1/letter-sequences/LAST" + inL, null, "{\"reason\":\"straight to the"
                + " agency\",\"companyDefault\":true,\"levels\":[{\"level\":1,\"days\":14,\"agencyHandover\":true,"
                + "\"amounts\":[{\"currency\":\"EUR\",\"fee\":\"0.00\"}],\"texts\":[{\"language\":\"en\","
                + "\"subject\":\"Final notice\",\"body\":\"We hand this over to our agency.\"}]}]}").assertStatus(200);
        String plugin = "/api/v1/plugins/agency-heron/configuration" + inL;
        ADMIN.putJson(plugin, ADMIN.get(plugin).assertStatus(200).header("ETag"),
                heron.configuration("collection contract with Heron")).assertStatus(200);
        DunningSteps.post(letters, DunningSteps.propose(letters, today.toString()));

        heron.claim("HER-L");
        JsonObject round = MANAGER.postJson("/api/v1/agency-handovers/poll" + inL, "").assertStatus(200).json();
        assertThat(round.getInt("opened")).isEqualTo(1);
        JsonObject handover = MANAGER.get("/api/v1/agency-handovers" + inL).assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(handover.getString("state")).isEqualTo("HANDED_OVER");
        assertThat(handover.getString("agencyReference")).isEqualTo("HER-L");
        assertThat(handover.getString("requestedBy")).isEqualTo("system");
        assertThat(handover.getJsonNumber("letterId")).isNotNull();
        assertThat(handover.getJsonArray("invoices").getString(0)).isEqualTo("LI-1");
        assertThat(MANAGER.postJson("/api/v1/agency-handovers/poll" + inL, "").assertStatus(200).json()
                .getInt("opened")).as("once per letter").isZero();
    }

    @Test
    void anAgencyThatExchangesFilesGetsAHandOverCsvAndItsPaymentFileIsBookedOnce() throws Exception {
        String files = "F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String inF = "?company=" + files;
        java.nio.file.Path outbox = java.nio.file.Files.createTempDirectory("filedrop-out");
        java.nio.file.Path inbox = java.nio.file.Files.createTempDirectory("filedrop-in");
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + files + "\",\"name\":\"File drop IT\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        ERP.post("/api/v1/imports/customers" + inF, "text/csv", "account,name,currency\nF1,Filed Late GmbH,EUR\n")
                .assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + inF, "text/csv", "document,account,document_date,due_date,currency,"
                + "amount\nFI-1,F1," + today.minusDays(90) + "," + today.minusDays(60) + ",EUR,300.00\n")
                .assertStatus(200);
        String plugin = "/api/v1/plugins/agency-filedrop/configuration" + inF;
        ADMIN.putJson(plugin, ADMIN.get(plugin).assertStatus(200).header("ETag"), ("{\"enabled\":true,\"settings\":"
                + "{\"outbox.dir\":\"%s\",\"inbox.dir\":\"%s\"},\"reason\":\"files with the agency\"}")
                .formatted(outbox, inbox)).assertStatus(200);
        long caseId = MANAGER.postJson("/api/v1/cases" + inF, "{\"title\":\"Files\",\"category\":\"AGENCY\","
                + "\"documents\":[\"FI-1\"]}").assertStatus(201).json().getJsonNumber("id").longValue();

        JsonObject handover = MANAGER.postJson("/api/v1/agency-handovers" + inF, "{\"caseId\":" + caseId
                + ",\"reason\":\"to the agency\"}").assertStatus(201).json();
        String caseNumber = "DW-CASE-" + caseId + "-" + handover.getJsonNumber("id").longValue();
        assertThat(handover.getString("agencyReference")).isEqualTo("FD-" + caseNumber);
        assertThat(java.nio.file.Files.readAllLines(outbox.resolve("handover-" + caseNumber + ".csv")))
                .hasSize(2).last().asString().contains(caseNumber, "F1", "FI-1", "300.00", "EUR");

        java.nio.file.Files.writeString(inbox.resolve("2026-12-04-1.csv"), "update_id,case_number,type,status,amount,"
                + "currency,date,invoice,note\nP1," + caseNumber + ",payment,,120.00,EUR," + today + ",FI-1,\n");
        // the agency drops a second file repeating the payment
        java.nio.file.Files.writeString(inbox.resolve("2026-12-04-2.csv"), "update_id,case_number,type,status,amount,"
                + "currency,date,invoice,note\nP1," + caseNumber + ",payment,,120.00,EUR," + today + ",FI-1,\n");
        JsonObject round = MANAGER.postJson("/api/v1/agency-handovers/poll" + inF, "").assertStatus(200).json();
        assertThat(round.getInt("applied")).isEqualTo(1);
        assertThat(round.getInt("duplicates")).isEqualTo(1);
        assertThat(MANAGER.get("/api/v1/invoices/FI-1" + inF).assertStatus(200).json().getString("openAmount"))
                .isEqualTo("180.00");
    }
}
