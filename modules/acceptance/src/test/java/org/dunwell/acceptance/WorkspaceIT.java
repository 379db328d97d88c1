package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinator workspace, activities, cases and the timeline over HTTP: each flow, bad input,
 * and every endpoint walked as an agent for a customer inside and one outside its pools.
 */
class WorkspaceIT {

    private static final HttpApi ERP = HttpApi.as("erp");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final HttpApi AGENT1 = HttpApi.as("agent1");
    private static String company;
    private static String q;

    @BeforeAll
    static void aCompanyWithAPoolForAgent1() {
        company = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        HttpApi.as("admin").postJson("/api/v1/companies",
                "{\"code\":\"" + company + "\",\"name\":\"Workspace IT\",\"accountingCurrency\":\"EUR\"}")
                .assertStatus(201);
        ERP.post("/api/v1/imports/customers" + q, "text/csv", """
                account,name,currency,region,credit_limit
                M1,Mine One,EUR,MINE,1000.00
                M2,Mine Two,EUR,MINE,5000.00
                O1,Other One,EUR,OTHER,1000.00
                """).assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", """
                document,account,document_date,due_date,currency,amount
                WI-1,M1,2026-05-01,2026-06-01,EUR,800.00
                WI-2,M1,2026-11-01,2026-12-01,EUR,300.00
                WI-3,M2,2026-10-01,2026-11-01,EUR,2500.00
                WI-4,O1,2026-10-01,2026-11-01,EUR,9000.00
                """).assertStatus(200);
        ERP.post("/api/v1/imports/payments" + q, "text/csv", """
                document,account,date,currency,amount,applies_to
                WP-1,M2,2026-11-05,EUR,500.00,WI-3
                WP-2,M1,2026-11-10,EUR,50.00,
                """).assertStatus(200);
        MANAGER.postJson("/api/v1/pools?company=" + company, "{\"company\":\"" + company + "\",\"name\":\"mine\",\"conditions\":"
                + "[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"MINE\"}]}").assertStatus(201);
        MANAGER.postJson("/api/v1/pools/mine/reassign" + q, "{\"company\":\"" + company + "\",\"to\":\"agent1\"}")
                .assertStatus(200);
    }

    private static String activity(String account, String extra) {
        return "{\"company\":\"" + company + "\",\"account\":\"" + account + "\",\"type\":\"CALL\","
                + "\"purpose\":\"Ask about WI-1\"" + extra + "}";
    }

    @Test
    void activitiesAreCreatedClosedReassignedAndFollowedUp() {
        JsonObject call = AGENT1.postJson("/api/v1/activities?company=" + company, activity("M1", ",\"documents\":[\"WI-1\"],"
                + "\"start\":\"2026-11-20T09:00:00Z\",\"end\":\"2026-11-20T09:30:00Z\",\"reminderOn\":\"2026-11-01\""))
                .assertStatus(201).json();
        long id = call.getJsonNumber("id").longValue();
        assertThat(call.getString("responsible")).isEqualTo("agent1");
        assertThat(call.getString("status")).isEqualTo("OPEN");
        JsonObject ws = AGENT1.get("/api/v1/workspace" + q).assertStatus(200).json();
        assertThat(ws.getJsonArray("myActivities").getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getJsonNumber("id").longValue()).isEqualTo(id));
        assertThat(ws.getJsonArray("remindersToday").getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getJsonNumber("id").longValue()).isEqualTo(id));

        JsonObject follow = AGENT1.postJson("/api/v1/activities/" + id + "/follow-ups?company=" + company, "{\"company\":\"" + company
                + "\",\"type\":\"EMAIL\",\"purpose\":\"Send the copy invoice\"}").assertStatus(201).json();
        assertThat(follow.getJsonNumber("followsId").longValue()).isEqualTo(id);
        assertThat(follow.getString("account")).isEqualTo("M1");
        String etag = AGENT1.get("/api/v1/activities/" + id + q).assertStatus(200).header("ETag");
        AGENT1.postJson("/api/v1/activities/" + id + "/close?company=" + company, "{\"company\":\"" + company + "\"}").assertProblem(428);
        HttpApi.Answer closed = AGENT1.request("POST", "/api/v1/activities/" + id + "/close?company=" + company, etag,
                "{\"company\":\"" + company + "\",\"note\":\"promised to pay\"}").assertStatus(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        AGENT1.request("POST", "/api/v1/activities/" + id + "/close?company=" + company, closed.header("ETag"),
                "{\"company\":\"" + company + "\"}").assertProblem(409);
        AGENT1.request("POST", "/api/v1/activities/" + id + "/close?company=" + company, etag, "{\"company\":\"" + company + "\"}")
                .assertProblem(412);
        AGENT1.postJson("/api/v1/activities/close?company=" + company, "{\"company\":\"" + company + "\",\"ids\":["
                + follow.getJsonNumber("id") + "," + id + "]}").assertProblem(409);
        assertThat(AGENT1.get("/api/v1/activities/" + follow.getJsonNumber("id") + q).json().getString("status"))
                .as("all or nothing").isEqualTo("OPEN");
        for (String cannotSee : List.of("nosuchuser", "agent2")) {
            AGENT1.request("POST", "/api/v1/activities/" + follow.getJsonNumber("id") + "/reassign?company=" + company,
                    "\"" + follow.getJsonNumber("version") + "\"", "{\"company\":\"" + company + "\",\"responsible\":\""
                            + cannotSee + "\",\"reason\":\"cover\"}").assertProblem(422);
        }
        JsonObject moved = AGENT1.request("POST", "/api/v1/activities/" + follow.getJsonNumber("id") + "/reassign?company=" + company,
                "\"" + follow.getJsonNumber("version") + "\"", "{\"company\":\"" + company
                        + "\",\"responsible\":\"manager\",\"reason\":\"needs a manager\"}").assertStatus(200).json();
        assertThat(moved.getString("responsible")).isEqualTo("manager");
        assertThat(MANAGER.get("/api/v1/activities" + q + "&responsible=me&status=OPEN").json()
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getString("purpose")).isEqualTo("Send the copy invoice"));
        assertThat(MANAGER.postJson("/api/v1/activities/close?company=" + company, "{\"company\":\"" + company + "\",\"ids\":["
                + follow.getJsonNumber("id") + "]}").assertStatus(200).structure().asJsonArray()).hasSize(1);
    }

    @Test
    void badActivitiesAreRefusedAndNothingIsWritten() {
        long before = AGENT1.get("/api/v1/activities" + q + "&account=M2").json().getInt("total");
        AGENT1.postJson("/api/v1/activities?company=" + company, activity("M2", ",\"start\":\"2026-11-20T10:00:00Z\","
                + "\"end\":\"2026-11-20T09:00:00Z\"")).assertProblem(400);
        AGENT1.postJson("/api/v1/activities?company=" + company, activity("M2", ",\"type\":\"FAX\"").replace("\"type\":\"CALL\",", ""))
                .assertProblem(400);
        AGENT1.postJson("/api/v1/activities?company=" + company, activity("M2", ",\"documents\":[\"WI-1\"]")).assertProblem(400);
        AGENT1.postJson("/api/v1/activities?company=" + company, activity("O1", "")).assertProblem(404);
        assertThat(AGENT1.get("/api/v1/activities" + q + "&account=M2").json().getInt("total")).isEqualTo(before);
    }

    @Test
    void aCaseHoldsTransactionsOfSeveralCustomersWithAnAppendOnlyLog() {
        JsonObject opened = MANAGER.postJson("/api/v1/cases?company=" + company, "{\"company\":\"" + company + "\",\"title\":\"Group"
                + " dispute\",\"category\":\"DISPUTE\",\"documents\":[\"WI-1\",\"WI-4\"]}").assertStatus(201).json();
        long id = opened.getJsonNumber("id").longValue();
        assertThat(opened.getJsonArray("transactions")).hasSize(2);
        assertThat(AGENT1.get("/api/v1/cases/" + id + q).status()).as("O1 is not agent1's").isEqualTo(404);
        AGENT1.postJson("/api/v1/cases?company=" + company, "{\"company\":\"" + company + "\",\"title\":\"x\",\"category\":\"C\","
                + "\"documents\":[\"WI-4\"]}").assertProblem(404);
        JsonObject mine = AGENT1.postJson("/api/v1/cases?company=" + company, "{\"company\":\"" + company + "\",\"title\":\"Slow payer\","
                + "\"category\":\"FOLLOW_UP\",\"documents\":[\"WI-1\",\"WI-3\"]}").assertStatus(201).json();
        long own = mine.getJsonNumber("id").longValue();
        assertThat(AGENT1.get("/api/v1/cases" + q).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(c -> c.getJsonNumber("id").longValue()).contains(own).doesNotContain(id);
        AGENT1.postJson("/api/v1/activities?company=" + company, activity("M1", ",\"caseId\":" + own)).assertStatus(201);
        String etag = AGENT1.get("/api/v1/cases/" + own + q).header("ETag");
        AGENT1.request("POST", "/api/v1/cases/" + own + "/status?company=" + company, etag, "{\"company\":\"" + company
                + "\",\"status\":\"CLOSED\"}").assertProblem(400);
        JsonObject progressing = AGENT1.request("POST", "/api/v1/cases/" + own + "/status?company=" + company, etag, "{\"company\":\""
                + company + "\",\"status\":\"IN_PROGRESS\"}").assertStatus(200).json();
        AGENT1.postJson("/api/v1/cases/" + own + "/log?company=" + company, "{\"company\":\"" + company + "\",\"text\":\"called CFO\"}")
                .assertStatus(200);
        JsonObject after = AGENT1.get("/api/v1/cases/" + own + q).assertStatus(200).json();
        assertThat(after.getJsonArray("activities")).hasSize(1);
        assertThat(after.getJsonArray("log").getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .containsExactly("opened", "transaction-added", "transaction-added", "status", "note");
        AGENT1.request("POST", "/api/v1/cases/" + own + "/status?company=" + company, "\"" + progressing.getJsonNumber("version")
                + "\"", "{\"company\":\"" + company + "\",\"status\":\"CLOSED\",\"reason\":\"paid\"}")
                .assertProblem(412);
        AGENT1.request("POST", "/api/v1/cases/" + own + "/status?company=" + company, AGENT1.get("/api/v1/cases/" + own + q)
                .header("ETag"), "{\"company\":\"" + company + "\",\"status\":\"CLOSED\",\"reason\":\"paid\"}")
                .assertStatus(200);
        AGENT1.request("POST", "/api/v1/cases/" + own + "/transactions?company=" + company, AGENT1.get("/api/v1/cases/" + own + q)
                .header("ETag"), "{\"company\":\"" + company + "\",\"documents\":[\"WI-2\"]}").assertProblem(409);
    }

    @Test
    void theTimelineShowsDocumentsActivitiesAndNotesNewestFirst() {
        AGENT1.postJson("/api/v1/customers/M2/timeline/notes?company=" + company, "{\"company\":\"" + company
                + "\",\"text\":\"Asked for a statement\"}").assertStatus(201);
        JsonObject timeline = AGENT1.get("/api/v1/customers/M2/timeline" + q + "&asOf=2026-11-30").assertStatus(200)
                .json();
        List<String> types = timeline.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList();
        assertThat(types).contains("INVOICE", "PAYMENT");
        assertThat(AGENT1.get("/api/v1/customers/M2/timeline" + q + "&type=payment").json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("type"))
                .containsOnly("PAYMENT");
        assertThat(AGENT1.get("/api/v1/customers/M2/timeline" + q + "&type=note").json().getJsonArray("items")
                .getJsonObject(0).getString("summary")).isEqualTo("Asked for a statement");
        AGENT1.get("/api/v1/customers/M2/timeline" + q + "&type=gossip").assertProblem(400);
    }

    @Test
    void theWorkspaceListsTopCustomersOfTheCallersPoolsAndOneCustomerOnOnePage() {
        JsonObject managers = MANAGER.get("/api/v1/workspace" + q).assertStatus(200).json();
        assertThat(accounts(managers, "topByBalance")).containsExactly("O1", "M2", "M1");
        JsonObject agents = AGENT1.get("/api/v1/workspace" + q).assertStatus(200).json();
        assertThat(accounts(agents, "topByBalance")).containsExactly("M2", "M1");
        assertThat(accounts(agents, "mostAged").get(0)).isEqualTo("M1");
        AGENT1.get("/api/v1/workspace" + q + "&pool=north").assertProblem(404);

        JsonObject m1 = AGENT1.get("/api/v1/workspace/customers/M1" + q + "&asOf=2026-11-22").assertStatus(200).json();
        assertThat(m1.getJsonObject("header").getString("balance")).isEqualTo("1050.00");
        assertThat(m1.getJsonObject("header").getString("accountStatus")).isEqualTo("ACTIVE");
        assertThat(m1.getJsonArray("openTransactions")).hasSize(2);
        assertThat(m1.getJsonArray("unsettledPayments").getJsonObject(0).getString("document")).isEqualTo("WP-2");
        assertThat(m1.getJsonObject("aging").getJsonArray("buckets")).hasSize(6);
    }

    @Test
    void everyWorkspaceEndpointHidesACustomerOutsideTheAgentsPools() {
        for (String path : List.of("/api/v1/customers/O1/timeline" + q, "/api/v1/workspace/customers/O1" + q,
                "/api/v1/activities" + q + "&account=O1")) {
            HttpApi.Answer answer = AGENT1.get(path);
            if (path.startsWith("/api/v1/activities")) {
                assertThat(answer.assertStatus(200).json().getInt("total")).isZero();
            } else {
                answer.assertProblem(404);
            }
            MANAGER.get(path).assertStatus(200);
        }
        long other = MANAGER.postJson("/api/v1/activities?company=" + company, activity("O1", "")).assertStatus(201).json()
                .getJsonNumber("id").longValue();
        AGENT1.get("/api/v1/activities/" + other + q).assertProblem(404);
        AGENT1.postJson("/api/v1/activities/" + other + "/follow-ups" + q, activity("O1", "")).assertProblem(404);
        AGENT1.postJson("/api/v1/activities/close?company=" + company, "{\"company\":\"" + company + "\",\"ids\":[" + other + "]}")
                .assertProblem(404);
        AGENT1.postJson("/api/v1/customers/O1/timeline/notes?company=" + company, "{\"company\":\"" + company + "\",\"text\":\"x\"}")
                .assertProblem(404);
        assertThat(AGENT1.get("/api/v1/activities" + q).json().getJsonArray("items").getValuesAs(JsonObject.class))
                .noneSatisfy(a -> assertThat(a.getString("account")).isEqualTo("O1"));
        HttpApi.as("clerk").get("/api/v1/workspace" + q).assertProblem(403);
        HttpApi.as("erp").postJson("/api/v1/activities?company=" + company, activity("M1", "")).assertProblem(403);
    }

    private static List<String> accounts(JsonObject workspace, String list) {
        return workspace.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(o -> o.getString("account"))
                .toList();
    }
}
