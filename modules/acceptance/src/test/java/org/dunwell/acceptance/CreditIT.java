package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Credit on the started server: checks, the hold list, limit requests, profiles, the scorecard job, roles. */
class CreditIT {

    private static final HttpApi ERP = HttpApi.as("erp");
    private static final HttpApi CREDIT = HttpApi.as("credit");
    private static final HttpApi CLERK = HttpApi.as("clerk");
    private static final HttpApi CFO = HttpApi.as("cfo");
    private static String company;

    @BeforeAll
    static void aCompanyOfOurOwn() {
        company = "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpApi.as("admin").postJson("/api/v1/companies",
                "{\"code\":\"" + company + "\",\"name\":\"Credit IT\",\"accountingCurrency\":\"EUR\"}")
                .assertStatus(201);
        ERP.post("/api/v1/imports/customers?company=" + company, "text/csv", """
                account,name,currency,credit_limit
                C1,Alpha,EUR,1000.00
                C2,Beta,EUR,5000.00
                C3,Gamma,EUR,5000.00
                C4,Delta,EUR,1000.00
                C5,Epsilon,EUR,1000.00
                """).assertStatus(200);
        ERP.post("/api/v1/imports/invoices?company=" + company, "text/csv", """
                document,account,document_date,due_date,currency,amount
                INV-1,C1,2026-11-01,2026-12-01,EUR,900.00
                """).assertStatus(200);
    }

    private static String check(String account, String amount, String order) {
        return "{\"account\":\"" + account + "\",\"amount\":\"" + amount + "\",\"currency\":\"EUR\","
                + "\"orderReference\":\"" + order + "\",\"company\":\"" + company + "\"}";
    }

    @Test
    void ordersCheckedAtTheSameMomentCannotTogetherPassALimitThatCountsOrders() throws Exception {
        String profile = "/api/v1/customers/C4/credit?company=" + company;
        CREDIT.putJson(profile, CREDIT.get(profile).assertStatus(200).header("ETag"),
                "{\"limitType\":\"BALANCE_PACKING_SLIPS_ORDERS\",\"reason\":\"orders count\"}").assertStatus(200);
        List<Callable<String>> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String order = "PAR-" + i;
            orders.add(() -> ERP.postJson("/api/v1/credit-checks?company=" + company, check("C4", "600.00", order))
                    .assertStatus(200).json().getString("decision"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(orders.size());
        List<String> decisions = new ArrayList<>();
        try {
            for (Future<String> decision : pool.invokeAll(orders)) {
                decisions.add(decision.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(decisions).as("600 fits the limit of 1000 once").containsOnlyOnce("APPROVED");
        JsonObject exposure = CREDIT.get(profile).assertStatus(200).json().getJsonObject("exposure");
        assertThat(exposure.getString("approvedOrders")).isEqualTo("600.00");
        String approved = "PAR-" + decisions.indexOf("APPROVED");
        // a re-check of the same order replaces its amount; the ERP's report of it ends its counting on top
        assertThat(ERP.postJson("/api/v1/credit-checks?company=" + company, check("C4", "650.00", approved))
                .assertStatus(200).json().getString("exposure")).isEqualTo("650.00");
        JsonObject reported = ERP.putJson("/api/v1/customers/C4/credit/erp-figures?company=" + company, null,
                "{\"packingSlips\":\"0.00\",\"openOrders\":\"650.00\",\"orders\":[\"" + approved + "\"]}")
                .assertStatus(200).json().getJsonObject("exposure");
        assertThat(reported.getString("approvedOrders")).isEqualTo("0.00");
        assertThat(reported.getString("exposure")).isEqualTo("650.00");
        // under BALANCE, the limit type says orders do not count
        for (String order : List.of("BAL-1", "BAL-2")) {
            assertThat(ERP.postJson("/api/v1/credit-checks?company=" + company, check("C5", "600.00", order))
                    .assertStatus(200).json().getString("decision")).isEqualTo("APPROVED");
        }
        JsonObject holds = CREDIT.get("/api/v1/credit-holds?account=C4&company=" + company).assertStatus(200).json();
        assertThat(holds.getInt("total")).isEqualTo(5);
        assertThat(holds.getJsonArray("items").getJsonObject(0).getString("customerName")).isEqualTo("Delta");
    }

    @Test
    void aBlockedOrderWaitsOnTheHoldListUntilCreditReleasesIt() {
        JsonObject blocked = ERP.postJson("/api/v1/credit-checks?company=" + company, check("C1", "250.00", "SO-1")).assertStatus(200)
                .json();
        assertThat(blocked.getString("decision")).isEqualTo("BLOCKED");
        assertThat(blocked.getString("exposure")).isEqualTo("1150.00");
        assertThat(blocked.getString("creditLimit")).isEqualTo("1000.00");
        assertThat(blocked.getString("availableCredit")).isEqualTo("-150.00");
        assertThat(blocked.getJsonArray("reasons").getJsonObject(1).getString("rule")).isEqualTo("OVER_LIMIT");
        assertThat(blocked.getJsonArray("reasons").getJsonObject(1).getString("result")).isEqualTo("BLOCKED");
        int id = blocked.getJsonNumber("id").intValue();
        assertThat(ERP.get("/api/v1/credit-checks/SO-1?company=" + company).assertStatus(200).json()
                .getString("holdStatus")).isEqualTo("OPEN");
        assertThat(CREDIT.get("/api/v1/credit-holds?company=" + company).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(h -> assertThat(h.getString("orderReference")).isEqualTo("SO-1"));
        String release = "/api/v1/credit-holds/" + id + "/release?company=" + company;
        CLERK.postJson(release, "{\"reason\":\"paid\"}").assertProblem(403);
        ERP.postJson(release, "{\"reason\":\"paid\"}").assertProblem(403);
        CREDIT.postJson(release, "{}").assertProblem(400);
        JsonObject released = CREDIT.postJson(release, "{\"reason\":\"prepayment received\"}").assertStatus(200)
                .json();
        assertThat(released.getString("holdStatus")).isEqualTo("RELEASED");
        assertThat(released.getString("resolvedBy")).isEqualTo("credit");
        CREDIT.postJson(release, "{\"reason\":\"again\"}").assertProblem(409);
        assertThat(ERP.get("/api/v1/credit-checks/SO-1?company=" + company).json().getString("holdStatus"))
                .isEqualTo("RELEASED");
        JsonObject again = ERP.postJson("/api/v1/credit-checks?company=" + company, check("C1", "260.00", "SO-1")).assertStatus(200)
                .json();
        assertThat(again.getJsonNumber("id").intValue()).as("the same entry").isEqualTo(id);
        assertThat(again.getString("holdStatus")).isEqualTo("OPEN");
        assertThat(ERP.postJson("/api/v1/credit-checks?company=" + company, check("C2", "10.00", "SO-2")).json().getString("decision"))
                .isEqualTo("APPROVED");
        ERP.postJson("/api/v1/credit-checks?company=" + company, check("NOPE", "10.00", "SO-3")).assertProblem(404);
        ERP.postJson("/api/v1/credit-checks?company=" + company, "{\"account\":\"C1\",\"amount\":\"10.00\",\"currency\":\"USD\","
                + "\"company\":\"" + company + "\"}").assertProblem(400);
        HttpApi.as("agent1").get("/api/v1/credit-holds?company=" + company).assertProblem(403);
    }

    @Test
    void aLargeLimitNeedsTheCfoAndNeverItsRequester() {
        String create = "/api/v1/credit-limit-requests";
        JsonObject request = CLERK.postJson(create + "?company=" + company, "{\"account\":\"C2\",\"company\":\"" + company
                + "\",\"requestedLimit\":\"60000.00\",\"reason\":\"new framework contract\"}").assertStatus(201).json();
        assertThat(request.getString("approverLevel")).isEqualTo("SENIOR_APPROVER");
        assertThat(request.getString("status")).isEqualTo("PENDING");
        String approve = create + "/" + request.getJsonNumber("id").longValue() + "/approve?company=" + company;
        CREDIT.postJson(approve, "{}").assertProblem(403);
        CLERK.postJson(approve, "{}").assertProblem(403);
        ERP.postJson(approve, "{}").assertProblem(403);
        JsonObject approved = CFO.postJson(approve, "{\"note\":\"board minutes 12\"}").assertStatus(200).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        CFO.postJson(approve, "{}").assertProblem(409);
        JsonObject profile = CREDIT.get("/api/v1/customers/C2/credit?company=" + company).assertStatus(200).json();
        assertThat(profile.getString("creditLimit")).isEqualTo("60000.00");
        JsonObject own = CREDIT.postJson(create + "?company=" + company, "{\"account\":\"C2\",\"company\":\"" + company
                + "\",\"requestedLimit\":\"7000.00\",\"reason\":\"mine\"}").assertStatus(201).json();
        CREDIT.postJson(create + "/" + own.getJsonNumber("id").longValue() + "/approve?company=" + company, "{}")
                .assertProblem(403);
        for (String bad : new String[] {"\"requestedLimit\":\"-1.00\"",
                "\"requestedLimit\":\"10.00\",\"currency\":\"USD\"",
                "\"requestedLimit\":\"10.00\",\"temporary\":true,\"effectiveFrom\":\"2030-01-10\","
                        + "\"effectiveTo\":\"2030-01-01\""}) {
            CLERK.postJson(create + "?company=" + company, "{\"account\":\"C2\",\"company\":\"" + company + "\"," + bad
                    + ",\"reason\":\"r\"}").assertProblem(400);
        }
        CLERK.postJson(create + "?company=" + company, "{\"account\":\"NOPE\",\"company\":\"" + company
                + "\",\"requestedLimit\":\"10.00\",\"reason\":\"r\"}").assertProblem(404);
        CREDIT.postJson("/api/v1/credit-rules?company=" + company, "{\"type\":\"NOPE\",\"result\":\"BLOCKED\"}")
                .assertProblem(400);
        assertThat(CREDIT.get("/api/v1/credit-rules?company=" + company).assertStatus(200).structure()
                .asJsonArray()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aProfileChangeNeedsTheCurrentVersionAndIsInTheHistory() {
        HttpApi.Answer read = CREDIT.get("/api/v1/customers/C3/credit?company=" + company).assertStatus(200);
        String etag = read.header("ETag");
        String hold = "{\"holdReason\":\"FRAUD_CHECK\",\"reason\":\"bank details changed\"}";
        CREDIT.putJson("/api/v1/customers/C3/credit?company=" + company, "\"99\"", hold).assertProblem(412);
        CLERK.putJson("/api/v1/customers/C3/credit?company=" + company, etag, hold).assertProblem(403);
        JsonObject held = CREDIT.putJson("/api/v1/customers/C3/credit?company=" + company, etag, hold)
                .assertStatus(200).json();
        assertThat(held.getString("holdReason")).isEqualTo("FRAUD_CHECK");
        assertThat(ERP.postJson("/api/v1/credit-checks?company=" + company, check("C3", "1.00", "SO-20")).json().getString("decision"))
                .isEqualTo("BLOCKED");
        assertThat(CLERK.get("/api/v1/customers/C3/credit/history?company=" + company).assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo("holdReason");
                    assertThat(e.getString("actor")).isEqualTo("credit");
                    assertThat(e.getString("reason")).isEqualTo("bank details changed");
                });
    }

    @Test
    void theScorecardJobScoresEveryCustomerAndShowsInJobs() throws InterruptedException {
        JsonObject started = CREDIT.postJson("/api/v1/risk-scores/runs?company=" + company, "{}").assertStatus(202)
                .json();
        long execution = started.getJsonNumber("executionId").longValue();
        String status = "STARTING";
        for (int i = 0; i < 120 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(250);
            status = CREDIT.get("/api/v1/jobs?kind=risk-scores&size=500&company=" + company).assertStatus(200).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("id").longValue() == execution).findFirst()
                    .map(r -> r.getString("status")).orElse("STARTING");
        }
        assertThat(status).isEqualTo("COMPLETED");
        JsonObject scores = CLERK.get("/api/v1/risk-scores?company=" + company).assertStatus(200).json();
        assertThat(scores.getInt("total")).as("every customer of the company").isEqualTo(5);
        assertThat(scores.getJsonArray("items").getJsonObject(0).getString("riskGroup")).isIn("A", "B", "C", "D", "E");
    }

    @Test
    void eachCreditEndpointRefusesTheRolesTheContractDoesNotGiveIt() {
        String q = "?company=" + company;
        String[][] writes = {
            {"POST", "/api/v1/credit-checks", "agent1,clerk,cfo,manager"},
            {"POST", "/api/v1/credit-limit-requests", "agent1,erp,cfo,manager"},
            {"POST", "/api/v1/credit-rules" + q, "agent1,erp,clerk,cfo,manager"},
            {"PUT", "/api/v1/credit-rules/settings" + q, "agent1,erp,clerk,cfo,manager"},
            {"PUT", "/api/v1/credit-limit-groups/G1" + q, "agent1,erp,clerk,cfo,manager"},
            {"POST", "/api/v1/risk-scores/runs" + q, "agent1,erp,clerk,cfo,manager"},
            {"PUT", "/api/v1/customers/C1/credit" + q, "agent1,erp,clerk,cfo,manager"},
            {"PUT", "/api/v1/customers/C1/insurance" + q, "agent1,erp,clerk,cfo,manager"},
            {"PUT", "/api/v1/customers/C1/credit/erp-figures" + q, "agent1,credit,clerk,cfo,manager"},
            {"POST", "/api/v1/customers/C1/credit/risk-score" + q, "agent1,erp,clerk,cfo,manager"},
            {"POST", "/api/v1/credit-holds/1/release" + q, "agent1,erp,clerk,cfo,manager"},
        };
        for (String[] write : writes) {
            for (String user : write[2].split(",")) {
                HttpApi api = HttpApi.as(user);
                HttpApi.Answer answer = write[0].equals("POST") ? api.postJson(write[1], "{}")
                        : api.putJson(write[1], "\"1\"", "{}");
                assertThat(answer.status()).as(user + " " + write[0] + " " + write[1]).isEqualTo(403);
            }
        }
        String[] reads = {"/api/v1/credit-holds" + q, "/api/v1/credit-limit-requests" + q, "/api/v1/credit-rules" + q,
            "/api/v1/credit-limit-groups" + q, "/api/v1/risk-scores" + q};
        for (String read : reads) {
            HttpApi.as("agent1").get(read).assertProblem(403);
            HttpApi.as("erp").get(read).assertProblem(403);
            for (String user : new String[] {"credit", "clerk", "cfo", "manager", "admin"}) {
                assertThat(HttpApi.as(user).get(read).status()).as(user + " " + read).isEqualTo(200);
            }
        }
        for (String user : new String[] {"credit", "clerk", "cfo", "manager", "admin"}) {
            assertThat(HttpApi.as(user).get("/api/v1/customers/C1/credit" + q).status()).as(user).isEqualTo(200);
        }
        ERP.get("/api/v1/customers/C1/credit" + q).assertProblem(403);
    }
}
