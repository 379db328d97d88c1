package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo setup as a fresh clone starts it (dunwell.demo.sandboxes): the reference plugins in the plugins folder are
 * enabled for the demo company DW01 against the sandboxes of their fictional vendors (plugins/sandboxes, at /sandbox,
 * deciding one second later here), and each flow works end to end against them — a Kestrel bureau report proposes its
 * limit, Osprey decides cover later and pays a claim, Heron works a handed-over case whose recovery and fee come back
 * into the ledger once although Heron repeats itself. Runs before the other tests (its own failsafe execution), so DW01's
 * plugins are as the start left them; its customers are its own, imported into DW01.
 */
class DemoSandboxesIT {

    private static final String Q = "?company=DW01";
    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi CLERK = HttpApi.as("clerk");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static String account;
    private static LocalDate today;

    @BeforeAll
    static void aCustomerOfItsOwnInTheDemoCompany() throws InterruptedException {
        HttpApi.awaitReady();
        // the sandboxes start after Dunwell (sandboxes-true.xml): until then /sandbox is not found
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (HttpApi.anonymous().get("/sandbox/heron/v2/events").status() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(HttpApi.anonymous().get("/sandbox/heron/v2/events").status()).as("the Heron sandbox, without its key")
                .isEqualTo(401);
        today = LocalDate.parse(ADMIN.get("/api/v1/admin/business-date").assertStatus(200).json().getString("date"));
        account = "SBX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpApi.as("erp").post("/api/v1/imports/customers" + Q, "text/csv", "account,name,currency,region\n"
                + account + ",Sandbox Demo Trading GmbH,EUR,NORTH\n").assertStatus(200);
    }

    private static String invoices(String... lines) {
        return "document,account,document_date,due_date,currency,amount\n" + String.join("\n", lines) + "\n";
    }

    private static String invoice(String document, int daysOverdue, String amount) {
        return document + "," + account + "," + today.minusDays(daysOverdue + 30L) + "," + today.minusDays(daysOverdue)
                + ",EUR," + amount;
    }

    /** Asks again (once a second, for at most 30 s) until the answer is the one the vendor sends later. */
    private static JsonObject eventually(Supplier<JsonObject> ask, Predicate<JsonObject> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject answer = ask.get();
        while (!done.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            answer = ask.get();
        }
        return answer;
    }

    @Test
    void theReferencePluginsAreEnabledForTheDemoCompanyAgainstTheSandboxesWithSecretsNeverShown() {
        for (String plugin : List.of("bureau-kestrel", "insurer-osprey", "agency-heron")) {
            JsonObject configuration = ADMIN.get("/api/v1/plugins/" + plugin + "/configuration" + Q).assertStatus(200)
                    .json();
            assertThat(configuration.getBoolean("enabled")).as(plugin).isTrue();
            assertThat(configuration.getJsonObject("settings").getString("baseUrl")).as(plugin)
                    .endsWith("/sandbox/" + plugin.substring(plugin.indexOf('-') + 1));
            assertThat(configuration.getJsonArray("secrets")).as(plugin).isNotEmpty();
            assertThat(configuration.toString()).doesNotContain("sandbox-secret", "sandbox-key");
        }
        assertThat(ADMIN.get("/api/v1/plugins/agency-filedrop/configuration" + Q).assertStatus(200).json()
                .getBoolean("enabled")).as("installed, but it has no sandbox: not enabled").isFalse();
    }

    @Test
    void aKestrelReportScoresTheCustomerAndProposesItsRecommendedLimitAsARequest() {
        JsonObject report = CLERK.postJson("/api/v1/customers/" + account + "/bureau-report" + Q,
                "{\"registrationNumber\":\"HRB 31415\",\"country\":\"DE\"}").assertStatus(201).json();
        assertThat(report.getBoolean("found")).isTrue();
        assertThat(report.getString("plugin")).isEqualTo("bureau-kestrel");
        assertThat(report.getString("reportReference")).startsWith("KR-");
        BigDecimal recommended = new BigDecimal(report.getString("recommendedLimit"));
        assertThat(recommended.signum()).isPositive();
        long request = report.getJsonNumber("limitRequest").longValue();
        JsonObject limitRequest = CLERK.get("/api/v1/credit-limit-requests/" + request + Q).assertStatus(200).json();
        assertThat(limitRequest.getString("requestedBy")).isEqualTo("clerk");
        assertThat(limitRequest.toString()).contains(recommended.toPlainString());

        JsonObject unknown = CLERK.postJson("/api/v1/customers/" + account + "/bureau-report" + Q,
                "{\"registrationNumber\":\"000999\",\"country\":\"DE\"}").assertStatus(201).json();
        assertThat(unknown.getBoolean("found")).as("Kestrel does not know a 000 registration").isFalse();
    }

    @Test
    void ospreyDecidesCoverLaterThenTakesAnOverdueNoticeAndPaysTheClaim() {
        JsonObject asked = CLERK.postJson("/api/v1/customers/" + account + "/insurance-cover" + Q,
                "{\"amount\":\"30000.00\",\"country\":\"DE\",\"reason\":\"demo cover\"}").assertStatus(201).json();
        assertThat(asked.getString("state")).isEqualTo("PENDING");
        String refresh = "/api/v1/insurance-covers/" + asked.getJsonNumber("id").longValue() + "/refresh" + Q;
        JsonObject decided = eventually(() -> CLERK.postJson(refresh, "").assertStatus(200).json(),
                c -> !c.getString("state").equals("PENDING"));
        assertThat(decided.getString("state")).isEqualTo("GRANTED");
        assertThat(decided.getString("insuredLimit")).isEqualTo("30000.00");
        assertThat(HttpApi.as("credit").get("/api/v1/customers/" + account + "/insurance" + Q).assertStatus(200)
                .json().getString("insurer")).isEqualTo("insurer-osprey");

        String document = account + "-I1";
        HttpApi.as("erp").post("/api/v1/imports/invoices" + Q, "text/csv", invoices(invoice(document, 95, "1500.00")))
                .assertStatus(200);
        String body = "{\"account\":\"" + account + "\",\"invoices\":[\"" + document + "\"],\"reason\":\"95 days\"}";
        JsonObject notice = CLERK.postJson("/api/v1/insurance-claims/overdue-notices" + Q, body).assertStatus(201)
                .json();
        assertThat(notice.getString("state")).isEqualTo("NOTIFIED");
        assertThat(notice.getString("insurerReference")).startsWith("OSP-N-");
        JsonObject filed = CLERK.postJson("/api/v1/insurance-claims" + Q, body).assertStatus(201).json();
        assertThat(filed.getString("state")).isEqualTo("FILED");
        String claim = "/api/v1/insurance-claims/" + filed.getJsonNumber("id").longValue() + "/refresh" + Q;
        JsonObject paid = eventually(() -> CLERK.postJson(claim, "").assertStatus(200).json(),
                c -> c.getString("state").equals("PAID"));
        assertThat(paid.getString("state")).isEqualTo("PAID");
        assertThat(paid.getString("settledAmount")).as("Osprey pays 90%").isEqualTo("1350.00");
        assertThat(MANAGER.get("/api/v1/invoices/" + document + Q).assertStatus(200).json().getString("openAmount"))
                .as("Osprey's payment booked and settled").isEqualTo("150.00");
    }

    @Test
    void heronWorksAHandedOverCaseAndItsRecoveryAndFeeComeBackOnce() {
        String first = account + "-H1";
        String second = account + "-H2";
        HttpApi.as("erp").post("/api/v1/imports/invoices" + Q, "text/csv",
                invoices(invoice(first, 80, "801.00"), invoice(second, 60, "200.00"))).assertStatus(200);
        long caseId = MANAGER.postJson("/api/v1/cases" + Q, "{\"company\":\"DW01\",\"title\":\"Sandbox agency\","
                + "\"category\":\"AGENCY\",\"documents\":[\"" + first + "\",\"" + second + "\"]}").assertStatus(201)
                .json().getJsonNumber("id").longValue();
        JsonObject handover = MANAGER.postJson("/api/v1/agency-handovers" + Q, "{\"company\":\"DW01\",\"caseId\":"
                + caseId + ",\"reason\":\"no answer to three letters\"}").assertStatus(201).json();
        assertThat(handover.getString("state")).isEqualTo("HANDED_OVER");
        assertThat(handover.getString("agencyReference")).startsWith("HER-");
        String path = "/api/v1/agency-handovers/" + handover.getJsonNumber("id").longValue() + Q;

        JsonObject worked = eventually(() -> {
            MANAGER.postJson("/api/v1/agency-handovers/poll" + Q, "").assertStatus(200);
            return MANAGER.get(path).assertStatus(200).json();
        }, h -> !h.getString("recovered").equals("0.00"));
        assertThat(worked.getString("agencyStatus")).isEqualTo("IN_PROGRESS");
        BigDecimal half = new BigDecimal("400.50");
        assertThat(worked.getString("recovered")).as("half the first invoice").isEqualTo(half.toPlainString());
        assertThat(worked.getString("fees")).as("12% commission")
                .isEqualTo(half.multiply(new BigDecimal("0.12")).setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(MANAGER.get("/api/v1/invoices/" + first + Q).assertStatus(200).json().getString("openAmount"))
                .isEqualTo("400.50");
        JsonObject again = MANAGER.postJson("/api/v1/agency-handovers/poll" + Q, "").assertStatus(200).json();
        assertThat(again.getInt("applied")).isZero();
        assertThat(MANAGER.get(path).assertStatus(200).json().getString("recovered"))
                .as("Heron repeats its last event: booked once").isEqualTo("400.50");
    }
}
