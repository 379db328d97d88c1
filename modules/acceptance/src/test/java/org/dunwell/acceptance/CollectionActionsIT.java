package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collection actions over HTTP: a promise kept and one broken as the business clock moves, a
 * dispute from open to credit issued, NSF after a payment settled two invoices, a write-off that
 * needs the CFO, concurrent approvals against one invoice, the collections history, and every new
 * endpoint walked as an agent for a customer outside its pools.
 */
class CollectionActionsIT {

    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi ERP = HttpApi.as("erp");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final HttpApi AGENT1 = HttpApi.as("agent1");
    private static final HttpApi CREDIT = HttpApi.as("credit");
    private static final HttpApi CLERK = HttpApi.as("clerk");
    private static final HttpApi CFO = HttpApi.as("cfo");
    private static String company;
    private static String q;
    private static LocalDate today;

    @BeforeAll
    static void aCompanyWithCustomersInAndOutOfAgent1sPool() {
        company = "A" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        today = LocalDate.parse(ADMIN.get("/api/v1/admin/business-date").assertStatus(200).json().getString("date"));
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Actions IT\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        ERP.post("/api/v1/imports/customers" + q, "text/csv", """
                account,name,currency,region,credit_limit
                P1,Promiser,EUR,MINE,5000.00
                D1,Disputer,EUR,MINE,5000.00
                N1,Bouncer,EUR,MINE,5000.00
                W1,Write-off,EUR,MINE,100000.00
                O1,Other,EUR,OTHER,1000.00
                """).assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + invoice("PI-0", "P1", -60, -30, "100.00") + invoice("PI-1", "P1", -60, -30, "800.00")
                + invoice("PI-2", "P1", -40, -10, "500.00") + invoice("DI-1", "D1", -10, 20, "200.00") + invoice("DI-2", "D1", -5, 25, "70.00")
                + invoice("NI-1", "N1", -50, -20, "100.00") + invoice("NI-2", "N1", -40, -10, "200.00")
                + invoice("WI-BIG", "W1", -200, -170, "60000.00") + invoice("WI-RES", "W1", -100, -70, "30.00")
                + invoice("OI-1", "O1", -50, -20, "900.00")).assertStatus(200);
        ERP.post("/api/v1/imports/payments" + q, "text/csv", "document,account,date,currency,amount,applies_to\n"
                + "PP-0,P1," + today.minusDays(5) + ",EUR,100.00,PI-0\n"
                + "NP-1,N1," + today.minusDays(3) + ",EUR,300.00,\n"
                + "OP-1,O1," + today.minusDays(3) + ",EUR,50.00,\n"
                + "WP-1,W1," + today.minusDays(3) + ",EUR,10.00,\n").assertStatus(200);
        MANAGER.postJson("/api/v1/pools?company=" + company, "{\"company\":\"" + company + "\",\"name\":\"mine\",\"conditions\":"
                + "[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"MINE\"}]}").assertStatus(201);
        MANAGER.postJson("/api/v1/pools/mine/reassign" + q, "{\"company\":\"" + company + "\",\"to\":\"agent1\"}")
                .assertStatus(200);
    }

    private static String invoice(String document, String account, int documentDays, int dueDays, String amount) {
        return document + "," + account + "," + today.plusDays(documentDays) + "," + today.plusDays(dueDays) + ",EUR,"
                + amount + "\n";
    }

    private static JsonObject document(String kind, String document) {
        return MANAGER.get("/api/v1/" + kind + "/" + document + q).assertStatus(200).json();
    }

    private static String promise(String account, String amount, LocalDate by, String... documents) {
        return "{\"company\":\"" + company + "\",\"account\":\"" + account + "\",\"amount\":\"" + amount
                + "\",\"promisedOn\":\"" + by + "\",\"contact\":\"Ann Payer\",\"documents\":[\""
                + String.join("\",\"", documents) + "\"]}";
    }

    private static void setBusinessDate(LocalDate date) {
        ADMIN.putJson("/api/v1/admin/business-date", null, "{\"date\":\"" + date + "\"}").assertStatus(200);
    }

    private static JsonObject evaluatePromises() throws InterruptedException {
        long execution = MANAGER.postJson("/api/v1/promises/evaluations?company=" + company, "{\"company\":\"" + company + "\"}")
                .assertStatus(202).json().getJsonNumber("executionId").longValue();
        for (int i = 0; i < 240; i++) {
            JsonObject run = MANAGER.get("/api/v1/jobs?kind=promise-evaluation&size=500&company=" + company).assertStatus(200).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("id").longValue() == execution).findFirst().orElse(null);
            if (run != null && List.of("COMPLETED", "FAILED", "STOPPED").contains(run.getString("status"))) {
                assertThat(run.getString("status")).isEqualTo("COMPLETED");
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("promise evaluation " + execution + " did not finish");
    }

    private static BigDecimal disputeRate(String account) {
        return new BigDecimal(MANAGER.get("/api/v1/customers/" + account + "/credit" + q).assertStatus(200)
                .json().getJsonObject("paymentHistory").get("disputeRate").toString().replace("\"", ""));
    }

    private static List<JsonObject> topByBalance() {
        return MANAGER.get("/api/v1/workspace" + q).assertStatus(200).json().getJsonArray("topByBalance")
                .getValuesAs(JsonObject.class);
    }

    private static long promiseCount(String account) {
        return MANAGER.get("/api/v1/promises" + q + "&account=" + account).assertStatus(200).json().getInt("total");
    }

    @Test
    void aPromiseIsKeptAndAnotherBrokenAsTheBusinessClockMoves() throws InterruptedException {
        MANAGER.putJson("/api/v1/promises/settings?company=" + company, null, "{\"company\":\"" + company + "\",\"graceDays\":1}")
                .assertStatus(200);
        JsonObject kept = AGENT1.postJson("/api/v1/promises?company=" + company, promise("P1", "800.00", today.plusDays(5), "PI-1"))
                .assertStatus(201).json();
        JsonObject broken = AGENT1.postJson("/api/v1/promises?company=" + company, promise("P1", "500.00", today.plusDays(7), "PI-2"))
                .assertStatus(201).json();
        assertThat(kept.getString("deadline")).isEqualTo(today.plusDays(6).toString());
        assertThat(kept.getString("agent")).isEqualTo("agent1");
        assertThat(document("invoices", "PI-1").getString("collectionStatus")).isEqualTo("PROMISED");
        assertThat(document("invoices", "PI-2").getString("collectionStatus")).isEqualTo("PROMISED");
        assertThat(AGENT1.get("/api/v1/workspace/customers/P1" + q).json().getJsonArray("promised")).hasSize(2);

        ERP.post("/api/v1/imports/payments" + q, "text/csv", "document,account,date,currency,amount,applies_to\n"
                + "PP-1,P1," + today + ",EUR,800.00,PI-1\n" + "PP-2,P1," + today + ",EUR,100.00,PI-2\n")
                .assertStatus(200);
        try {
            setBusinessDate(today.plusDays(3));
            JsonObject early = evaluatePromises();
            assertThat(MANAGER.get("/api/v1/promises/" + kept.getJsonNumber("id") + q).json().getString("status"))
                    .as("800 of 800 received: kept before its date").isEqualTo("KEPT");
            assertThat(MANAGER.get("/api/v1/promises/" + broken.getJsonNumber("id") + q).json().getString("status"))
                    .as("100 of 500 so far, deadline not passed").isEqualTo("OPEN");
            assertThat(early.getString("exitStatus")).isEqualTo("evaluated 2, kept 1, broken 0");

            setBusinessDate(today.plusDays(9));
            assertThat(evaluatePromises().getString("exitStatus")).isEqualTo("evaluated 1, kept 0, broken 1");
            JsonObject after = MANAGER.get("/api/v1/promises/" + broken.getJsonNumber("id") + q).json();
            assertThat(after.getString("status")).isEqualTo("BROKEN");
            assertThat(after.getString("received")).isEqualTo("100.00");
            long escalation = after.getJsonNumber("escalationActivityId").longValue();
            JsonObject activity = AGENT1.get("/api/v1/activities/" + escalation + q).assertStatus(200).json();
            assertThat(activity.getString("responsible")).isEqualTo("agent1");
            assertThat(activity.getString("purpose")).startsWith("Broken promise");
            assertThat(document("invoices", "PI-2").getString("collectionStatus")).isEqualTo("NONE");

            assertThat(evaluatePromises().getString("exitStatus")).isEqualTo("evaluated 0, kept 0, broken 0");
            assertThat(AGENT1.get("/api/v1/activities" + q + "&account=P1").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("purpose")
                            .startsWith("Broken promise")).count()).as("run twice, escalated once").isEqualTo(1);
        } finally {
            setBusinessDate(today);
        }
        JsonObject performance = MANAGER.get("/api/v1/promises/performance" + q + "&account=P1").assertStatus(200)
                .structure().asJsonArray().getJsonObject(0);
        assertThat(performance.getInt("made")).isEqualTo(2);
        assertThat(performance.getInt("kept")).isEqualTo(1);
        assertThat(performance.getString("keptAmount")).isEqualTo("800.00");
        assertThat(performance.getInt("broken")).isEqualTo(1);
        assertThat(performance.getString("brokenAmount")).isEqualTo("500.00");
        JsonObject byAgent = AGENT1.get("/api/v1/promises/performance" + q + "&agent=me").assertStatus(200)
                .structure().asJsonArray().getJsonObject(0);
        assertThat(byAgent.getInt("made")).isGreaterThanOrEqualTo(2);
        assertThat(MANAGER.get("/api/v1/customers/P1/collections-history" + q).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .contains("promise-made", "promise-kept", "promise-broken", "collection-status");
    }

    @Test
    void badPromisesAreRefusedAndNothingIsWritten() {
        long before = promiseCount("P1");
        long others = promiseCount("O1");
        AGENT1.postJson("/api/v1/promises?company=" + company, promise("P1", "10.00", today.minusDays(1), "PI-2")).assertProblem(400);
        AGENT1.postJson("/api/v1/promises?company=" + company, promise("P1", "10.00", today.plusDays(3), "PI-0")).assertProblem(422);
        AGENT1.postJson("/api/v1/promises?company=" + company, promise("P1", "99999.00", today.plusDays(3), "PI-2")).assertProblem(400);
        AGENT1.postJson("/api/v1/promises?company=" + company, promise("P1", "10.00", today.plusDays(3), "DI-1")).assertProblem(400);
        AGENT1.postJson("/api/v1/promises?company=" + company, promise("P1", "10.001", today.plusDays(3), "PI-2")).assertProblem(400);
        AGENT1.postJson("/api/v1/promises?company=" + company, promise("O1", "10.00", today.plusDays(3), "OI-1")).assertProblem(404);
        CLERK.postJson("/api/v1/promises?company=" + company, promise("P1", "10.00", today.plusDays(3), "PI-2")).assertProblem(403);
        assertThat(promiseCount("P1")).isEqualTo(before);
        assertThat(promiseCount("O1")).isEqualTo(others);
    }

    @Test
    void aDisputeGoesFromOpenToCreditIssued() {
        AGENT1.postJson("/api/v1/disputes?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"DI-1\",\"amount\":"
                + "\"250.00\",\"reasonCode\":\"PRICE\"}").assertProblem(422);
        JsonObject opened = AGENT1.postJson("/api/v1/disputes?company=" + company, "{\"company\":\"" + company + "\",\"document\":"
                + "\"DI-1\",\"amount\":\"150.00\",\"reasonCode\":\"PRICE\",\"lines\":\"line 2\",\"explanation\":"
                + "\"agreed price was lower\",\"investigator\":\"manager\"}").assertStatus(201).json();
        long id = opened.getJsonNumber("id").longValue();
        assertThat(opened.getString("status")).isEqualTo("OPEN");
        AGENT1.postJson("/api/v1/disputes?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"DI-1\",\"amount\":"
                + "\"100.00\",\"reasonCode\":\"QUALITY\"}").assertProblem(422);
        assertThat(document("invoices", "DI-1").getString("collectionStatus")).isEqualTo("DISPUTED");
        JsonObject workspace = AGENT1.get("/api/v1/workspace/customers/D1" + q).assertStatus(200).json();
        assertThat(workspace.getJsonArray("disputed").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("document")).containsExactly("DI-1");
        assertThat(workspace.getJsonArray("openTransactions").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("document")).as("out of the collection list").containsExactly("DI-2");
        assertThat(topByBalance()).as("an invoice in dispute leaves the collection lists until resolved")
                .filteredOn(f -> f.getString("account").equals("D1")).singleElement().satisfies(f -> {
                    assertThat(f.getString("balance")).isEqualTo("270.00");
                    assertThat(f.getString("collectibleBalance")).isEqualTo("70.00");
                });
        assertThat(disputeRate("D1")).as("one invoice of two").isEqualByComparingTo("0.5");

        AGENT1.request("POST", "/api/v1/disputes/" + id + "/resolve?company=" + company, "\"99\"", "{\"company\":\"" + company
                + "\",\"status\":\"CREDIT_ISSUED\",\"resolutionAmount\":\"150.00\"}").assertProblem(412);
        AGENT1.request("POST", "/api/v1/disputes/" + id + "/resolve?company=" + company, "\"" + opened.getJsonNumber("version") + "\"",
                "{\"company\":\"" + company + "\",\"status\":\"CREDIT_ISSUED\"}").assertProblem(400);
        JsonObject resolved = AGENT1.request("POST", "/api/v1/disputes/" + id + "/resolve?company=" + company, "\""
                + opened.getJsonNumber("version") + "\"", "{\"company\":\"" + company + "\",\"status\":"
                + "\"CREDIT_ISSUED\",\"resolutionAmount\":\"150.00\",\"note\":\"price corrected\"}")
                .assertStatus(200).json();
        assertThat(resolved.getString("status")).isEqualTo("CREDIT_ISSUED");
        assertThat(resolved.getString("creditNote")).isEqualTo("DSP-" + id);
        JsonObject creditNote = document("credit-notes", "DSP-" + id);
        assertThat(creditNote.getString("amount")).isEqualTo("150.00");
        assertThat(creditNote.getString("appliesTo")).isEqualTo("DI-1");
        JsonObject invoice = document("invoices", "DI-1");
        assertThat(invoice.getString("openAmount")).isEqualTo("50.00");
        assertThat(invoice.getString("collectionStatus")).isEqualTo("NONE");
        assertThat(MANAGER.get("/api/v1/customers/D1/aging" + q).json().getString("openBalance"))
                .isEqualTo("120.00");
        assertThat(topByBalance()).filteredOn(f -> f.getString("account").equals("D1")).singleElement()
                .satisfies(f -> assertThat(f.getString("collectibleBalance")).isEqualTo("120.00"));
        JsonObject resolvedView = AGENT1.get("/api/v1/workspace/customers/D1" + q).json();
        assertThat(resolvedView.getJsonArray("disputed")).isEmpty();
        assertThat(resolvedView.getJsonArray("openTransactions").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("document")).as("back in collections").containsExactly("DI-1", "DI-2");
        assertThat(disputeRate("D1")).as("a resolved dispute still counts").isEqualByComparingTo("0.5");
        AGENT1.request("POST", "/api/v1/disputes/" + id + "/resolve?company=" + company, "\"" + resolved.getJsonNumber("version")
                + "\"", "{\"company\":\"" + company + "\",\"status\":\"RESOLVED\"}").assertProblem(409);
    }

    @Test
    void theWorkspaceReadFromASnapshotRanksByWhatIsNotDisputed() throws InterruptedException {
        String own = "S" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String in = "?company=" + own;
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + own + "\",\"name\":\"Snapshot ranking\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        ERP.post("/api/v1/imports/customers" + in, "text/csv", "account,name,currency\nS1,Some disputed,EUR\n"
                + "S2,All disputed,EUR\nS3,Nothing disputed,EUR\n").assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + in, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + invoice("SI-1", "S1", -100, -70, "100.00") + invoice("SI-2", "S1", -100, -70, "500.00")
                + invoice("SI-3", "S2", -100, -70, "900.00") + invoice("SI-4", "S3", -10, 20, "300.00"))
                .assertStatus(200);
        for (String document : List.of("SI-2", "SI-3")) {
            MANAGER.postJson("/api/v1/disputes?company=" + own, "{\"company\":\"" + own + "\",\"document\":\"" + document
                    + "\",\"reasonCode\":\"QUALITY\"}").assertStatus(201);
        }
        long execution = MANAGER.postJson("/api/v1/aging-snapshots?company=" + own, "{\"company\":\"" + own + "\"}")
                .assertStatus(202).json().getJsonNumber("executionId").longValue();
        assertThat(PoolsAndSnapshotsIT.awaitJob(own, execution).getString("status")).isEqualTo("COMPLETED");
        JsonObject workspace = MANAGER.get("/api/v1/workspace" + in).assertStatus(200).json();
        assertThat(workspace.get("snapshot")).as("read from the snapshot").isInstanceOf(JsonObject.class);
        assertThat(workspace.getJsonArray("topByBalance").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("account") + " " + f.getString("balance") + " "
                        + f.getString("collectibleBalance"))
                .as("S3 before S1, whose larger balance is mostly disputed; S2 has nothing to collect")
                .containsExactly("S3 300.00 300.00", "S1 600.00 100.00");
        assertThat(workspace.getJsonArray("mostAged").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("account") + " " + f.getString("mostAgedAmount"))
                .containsExactly("S1 100.00", "S3 300.00");
    }

    @Test
    void aReturnedPaymentReopensBothInvoicesItSettledAndChargesAFee() {
        AGENT1.postJson("/api/v1/settlements?company=" + company, "{\"company\":\"" + company + "\",\"credit\":\"NP-1\",\"amount\":"
                + "\"300.01\"}").assertProblem(422);
        AGENT1.postJson("/api/v1/settlements?company=" + company, "{\"company\":\"" + company + "\",\"credit\":\"NP-1\",\"amount\":"
                + "\"10.00\",\"maxAmount\":\"10.00\"}").assertProblem(400);
        assertThat(document("payments", "NP-1").getString("openAmount")).as("nothing settled").isEqualTo("300.00");
        List<JsonObject> settled = AGENT1.postJson("/api/v1/settlements?company=" + company, "{\"company\":\"" + company
                + "\",\"credit\":\"NP-1\"}").assertStatus(200).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(settled).extracting(s -> s.getString("debitDocument")).containsExactlyInAnyOrder("NI-1", "NI-2");
        assertThat(document("invoices", "NI-2").getString("openAmount")).isEqualTo("0.00");

        JsonObject nsf = AGENT1.postJson("/api/v1/payments/NP-1/nsf?company=" + company, "{\"company\":\"" + company + "\",\"reason\":"
                + "\"insufficient funds\",\"fee\":\"25.00\"}").assertStatus(200).json();
        assertThat(nsf.getJsonObject("payment").getString("status")).isEqualTo("REVERSED");
        assertThat(nsf.getJsonArray("reopened").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("document") + " " + d.getString("openAmount") + " "
                        + d.getString("collectionStatus"))
                .containsExactlyInAnyOrder("NI-1 100.00 PAYMENT_NOT_MADE", "NI-2 200.00 PAYMENT_NOT_MADE");
        assertThat(nsf.getJsonObject("fee").getString("document")).isEqualTo("NP-1-NSF");
        assertThat(MANAGER.get("/api/v1/customers/N1/aging" + q).json().getString("openBalance"))
                .isEqualTo("325.00");
        List<JsonObject> timeline = AGENT1.get("/api/v1/customers/N1/timeline" + q).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.getString("type")).isEqualTo("ACTION");
            assertThat(e.getString("summary")).startsWith("nsf").contains("insufficient funds");
        });
        assertThat(timeline).anySatisfy(e -> assertThat(e.getString("type") + " " + e.getString("reference"))
                .isEqualTo("FEE NP-1-NSF"));

        AGENT1.postJson("/api/v1/payments/NP-1/nsf?company=" + company, "{\"company\":\"" + company + "\",\"reason\":\"again\"}")
                .assertProblem(409);
        AGENT1.postJson("/api/v1/payments/NOPE/nsf?company=" + company, "{\"company\":\"" + company + "\",\"reason\":\"x\"}")
                .assertProblem(404);
        AGENT1.postJson("/api/v1/payments/NI-1/nsf?company=" + company, "{\"company\":\"" + company + "\",\"reason\":\"x\"}")
                .assertProblem(422);
        AGENT1.postJson("/api/v1/payments/NP-1/nsf?company=" + company, "{\"company\":\"" + company + "\"}").assertProblem(400);
    }

    @Test
    void aWriteOffAboveTheThresholdNeedsTheCfoAndNeverItsRequester() {
        JsonObject big = CLERK.postJson("/api/v1/write-offs?company=" + company, "{\"company\":\"" + company + "\",\"document\":"
                + "\"WI-BIG\",\"reasonCode\":\"BANKRUPTCY\"}").assertStatus(201).json();
        long id = big.getJsonNumber("id").longValue();
        assertThat(big.getString("amount")).isEqualTo("60000.00");
        assertThat(big.getString("approverLevel")).isEqualTo("SENIOR_APPROVER");
        CREDIT.postJson("/api/v1/write-offs/" + id + "/approve?company=" + company, "{\"company\":\"" + company + "\"}")
                .assertProblem(403);
        CLERK.postJson("/api/v1/write-offs/" + id + "/approve?company=" + company, "{\"company\":\"" + company + "\"}")
                .assertProblem(403);
        AGENT1.postJson("/api/v1/write-offs/" + id + "/approve?company=" + company, "{\"company\":\"" + company + "\"}")
                .assertProblem(403);
        assertThat(document("invoices", "WI-BIG").getString("openAmount")).isEqualTo("60000.00");
        JsonObject approved = CFO.postJson("/api/v1/write-offs/" + id + "/approve?company=" + company, "{\"company\":\"" + company
                + "\",\"note\":\"insolvency confirmed\"}").assertStatus(200).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("postedDocument")).isEqualTo("WO-" + id);
        assertThat(document("invoices", "WI-BIG").getString("openAmount")).isEqualTo("0.00");
        assertThat(MANAGER.get("/api/v1/write-offs/" + id + q).json().getString("decidedBy")).isEqualTo("cfo");
        CFO.postJson("/api/v1/write-offs/" + id + "/approve?company=" + company, "{\"company\":\"" + company + "\"}").assertProblem(409);

        JsonObject own = CREDIT.postJson("/api/v1/write-offs?company=" + company, "{\"company\":\"" + company + "\",\"document\":"
                + "\"WI-RES\",\"amount\":\"0.40\",\"reasonCode\":\"RESIDUE\"}").assertStatus(201).json();
        assertThat(own.getString("approverLevel")).isEqualTo("CREDIT_MANAGER");
        CREDIT.postJson("/api/v1/write-offs/" + own.getJsonNumber("id") + "/approve?company=" + company, "{\"company\":\"" + company
                + "\"}").assertProblem(403);
        CLERK.postJson("/api/v1/write-offs?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"WI-RES\",\"amount\":"
                + "\"30.01\",\"reasonCode\":\"RESIDUE\"}").assertProblem(422);
        CLERK.postJson("/api/v1/write-offs?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"WI-RES\"}")
                .assertProblem(400);
    }

    @Test
    void concurrentApprovalsNeverWriteOffMoreThanIsOpen() throws Exception {
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + invoice("WI-RACE", "W1", -100, -70, "30.00")).assertStatus(200);
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(CLERK.postJson("/api/v1/write-offs?company=" + company, "{\"company\":\"" + company + "\",\"document\":"
                    + "\"WI-RACE\",\"amount\":\"1.00\",\"reasonCode\":\"RESIDUE\"}").assertStatus(201).json()
                    .getJsonNumber("id").longValue());
        }
        List<Callable<Integer>> approvals = new ArrayList<>();
        for (long id : requests) {
            approvals.add(() -> CREDIT.postJson("/api/v1/write-offs/" + id + "/approve?company=" + company, "{\"company\":\"" + company
                    + "\"}").status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(approvals, 5, TimeUnit.MINUTES)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(200, 422);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(30);
        assertThat(document("invoices", "WI-RACE").getString("openAmount")).isEqualTo("0.00");
        assertThat(MANAGER.get("/api/v1/write-offs" + q + "&account=W1&status=PENDING&size=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("document").equals("WI-RACE")).count())
                .as("a refused approval leaves its request pending").isEqualTo(20);
    }

    @Test
    void concurrentDisputesNeverDisputeMoreThanIsOpen() throws Exception {
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + invoice("WD-RACE", "W1", -100, -70, "100.00")).assertStatus(200);
        List<Callable<Integer>> disputes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            disputes.add(() -> AGENT1.postJson("/api/v1/disputes?company=" + company, "{\"company\":\"" + company + "\",\"document\":"
                    + "\"WD-RACE\",\"amount\":\"30.00\",\"reasonCode\":\"QUALITY\"}").status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(disputes, 5, TimeUnit.MINUTES)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).as("3 × 30.00 of 100.00").isEqualTo(3);
        assertThat(MANAGER.get("/api/v1/disputes" + q + "&document=WD-RACE").json().getInt("total")).isEqualTo(3);
    }

    @Test
    void agent1SeesNoneOfTheNewEndpointsForACustomerOutsideItsPools() {
        JsonObject promise = MANAGER.postJson("/api/v1/promises?company=" + company, promise("O1", "100.00", today.plusDays(3), "OI-1"))
                .assertStatus(201).json();
        JsonObject dispute = MANAGER.postJson("/api/v1/disputes?company=" + company, "{\"company\":\"" + company + "\",\"document\":"
                + "\"OI-1\",\"amount\":\"10.00\",\"reasonCode\":\"PRICE\"}").assertStatus(201).json();
        JsonObject writeOff = CLERK.postJson("/api/v1/write-offs?company=" + company, "{\"company\":\"" + company + "\",\"document\":"
                + "\"OI-1\",\"amount\":\"1.00\",\"reasonCode\":\"RESIDUE\"}").assertStatus(201).json();
        AGENT1.get("/api/v1/promises/" + promise.getJsonNumber("id") + q).assertProblem(404);
        AGENT1.request("POST", "/api/v1/promises/" + promise.getJsonNumber("id") + "/cancel?company=" + company, "\"0\"",
                "{\"company\":\"" + company + "\",\"reason\":\"x\"}").assertProblem(404);
        AGENT1.get("/api/v1/promises/performance" + q + "&account=O1").assertProblem(404);
        AGENT1.get("/api/v1/disputes/" + dispute.getJsonNumber("id") + q).assertProblem(404);
        AGENT1.request("POST", "/api/v1/disputes/" + dispute.getJsonNumber("id") + "/resolve?company=" + company, "\"0\"",
                "{\"company\":\"" + company + "\",\"status\":\"RESOLVED\"}").assertProblem(404);
        AGENT1.postJson("/api/v1/disputes?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"OI-1\",\"reasonCode\":"
                + "\"PRICE\"}").assertProblem(404);
        AGENT1.get("/api/v1/write-offs/" + writeOff.getJsonNumber("id") + q).assertProblem(404);
        AGENT1.postJson("/api/v1/write-offs?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"OI-1\",\"reasonCode\":"
                + "\"RESIDUE\"}").assertProblem(404);
        AGENT1.postJson("/api/v1/payments/OP-1/nsf?company=" + company, "{\"company\":\"" + company + "\",\"reason\":\"x\"}")
                .assertProblem(404);
        AGENT1.postJson("/api/v1/settlements?company=" + company, "{\"company\":\"" + company + "\",\"credit\":\"OP-1\"}")
                .assertProblem(404);
        // a hidden invoice named in the body is not found, as a made-up one (was 422 "another customer's")
        AGENT1.postJson("/api/v1/settlements?company=" + company, "{\"company\":\"" + company + "\",\"credit\":\"WP-1\",\"debits\":"
                + "[\"OI-1\"]}").assertProblem(404);
        AGENT1.get("/api/v1/customers/O1/collections-history" + q).assertProblem(404);
        for (String list : List.of("promises", "disputes", "write-offs")) {
            assertThat(AGENT1.get("/api/v1/" + list + q + "&size=500").assertStatus(200).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class)).as(list).noneSatisfy(i ->
                    assertThat(i.getString("account")).isEqualTo("O1"));
            assertThat(MANAGER.get("/api/v1/" + list + q + "&account=O1").json().getInt("total")).as(list)
                    .isPositive();
        }
        ERP.postJson("/api/v1/disputes?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"OI-1\",\"reasonCode\":"
                + "\"PRICE\"}").assertProblem(403);
        AGENT1.postJson("/api/v1/promises/evaluations?company=" + company, "{\"company\":\"" + company + "\"}").assertProblem(403);
        JsonObject cancelled = MANAGER.request("POST", "/api/v1/promises/" + promise.getJsonNumber("id") + "/cancel?company=" + company,
                "\"" + promise.getJsonNumber("version") + "\"", "{\"company\":\"" + company + "\",\"reason\":"
                        + "\"customer disputes instead\"}").assertStatus(200).json();
        assertThat(cancelled.getString("status")).as("so the promise scenario evaluates only its own promises")
                .isEqualTo("CANCELLED");
    }
}
