package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pools with conditions over computed figures, their reassignment, and aging snapshots: a run
 * that fails half way, shows so in /jobs, and restarts to completion with every customer once.
 */
class PoolsAndSnapshotsIT {

    private static final HttpApi ERP = HttpApi.as("erp");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final HttpApi AGENT1 = HttpApi.as("agent1");
    private static final HttpApi AGENT2 = HttpApi.as("agent2");
    private static String company;
    private static String q;

    @BeforeAll
    static void aCompanyOfOurOwn() {
        company = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        HttpApi.as("admin").postJson("/api/v1/companies",
                "{\"code\":\"" + company + "\",\"name\":\"Pools IT\",\"accountingCurrency\":\"EUR\"}")
                .assertStatus(201);
        ERP.post("/api/v1/imports/customers" + q, "text/csv", """
                account,name,currency,region,credit_limit
                E1,East One,EUR,EAST,1000.00
                E2,East Two,EUR,EAST,100000.00
                E3,East Three,EUR,EAST,
                W1,West One,EUR,WEST,500.00
                W2,"=HYPERLINK(""http://evil.example"",""West Two"")",EUR,WEST,500.00
                """).assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", """
                document,account,document_date,due_date,currency,amount
                PI-1,E1,2026-06-01,2026-07-01,EUR,1500.00
                PI-2,E1,2026-11-01,2026-12-01,EUR,100.00
                PI-3,E2,2026-10-01,2026-11-10,EUR,2000.00
                PI-4,W1,2026-01-01,2026-02-01,EUR,700.00
                PI-5,W2,2026-11-01,2026-12-15,EUR,50.00
                """).assertStatus(200);
    }

    private static String pool(String name, String conditions) {
        return "{\"company\":\"" + company + "\",\"name\":\"" + name + "\",\"conditions\":" + conditions + "}";
    }

    @Test
    void aPoolIsValidatedWhenSaved() {
        JsonObject unknown = MANAGER.postJson("/api/v1/pools?company=" + company, pool("bad", "[{\"field\":\"colour\",\"operator\":\"=\","
                + "\"value\":\"red\"}]")).assertProblem(400);
        assertThat(unknown.toString()).contains("conditions[0].field").contains("colour");
        MANAGER.postJson("/api/v1/pools?company=" + company, pool("bad", "[{\"field\":\"balance\",\"operator\":\"in\",\"value\":\"1\"}]"))
                .assertProblem(400);
        MANAGER.postJson("/api/v1/pools?company=" + company, pool("bad", "[{\"field\":\"bucket:1-2\",\"operator\":\">\","
                + "\"value\":\"1\"}]")).assertProblem(400);
        MANAGER.postJson("/api/v1/pools?company=" + company, pool("bad", "[{\"field\":\"overLimit\",\"operator\":\"=\","
                + "\"value\":\"maybe\"}]")).assertProblem(400);
        AGENT1.postJson("/api/v1/pools?company=" + company, pool("bad", "[]")).assertProblem(403);
        assertThat(MANAGER.get("/api/v1/pools/bad" + q).status()).isEqualTo(404);
    }

    @Test
    void aPoolOfComputedFiguresMatchesLiveAndInASnapshotAlike() throws InterruptedException {
        String conditions = "[{\"field\":\"region\",\"operator\":\"in\",\"value\":\"EAST,WEST\"},"
                + "{\"field\":\"bucket:1-30\",\"operator\":\">\",\"value\":\"0\"}]";
        MANAGER.postJson("/api/v1/pools?company=" + company, pool("due-recently", conditions)).assertStatus(201);
        MANAGER.postJson("/api/v1/pools?company=" + company, pool("over-limit", "[{\"field\":\"overLimit\",\"operator\":\"=\","
                + "\"value\":\"true\"}]")).assertStatus(201);
        List<String> live = accounts(MANAGER.get("/api/v1/pools/due-recently/customers" + q + "&asOf=2026-11-22")
                .assertStatus(200).json());
        assertThat(live).containsExactly("E2");
        assertThat(accounts(MANAGER.get("/api/v1/pools/over-limit/customers" + q + "&asOf=2026-11-22")
                .assertStatus(200).json())).containsExactly("E1", "W1");

        JsonObject snapshot = completedSnapshot("{\"company\":\"" + company + "\",\"asOf\":\"2026-11-22\"}");
        String rows = "/api/v1/aging-snapshots/" + snapshot.getJsonNumber("id") + "/rows" + q;
        assertThat(accounts(MANAGER.get(rows + "&pool=due-recently").assertStatus(200).json())).isEqualTo(live);
        assertThat(accounts(MANAGER.get(rows + "&pool=over-limit").assertStatus(200).json()))
                .containsExactly("E1", "W1");
        assertThat(accounts(MANAGER.get(rows + "&sort=balance,desc").assertStatus(200).json()))
                .containsExactly("E2", "E1", "W1", "W2", "E3");
        JsonObject e1 = MANAGER.get(rows + "&overLimit=true&minBalance=1000").assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(e1.getString("account")).isEqualTo("E1");
        assertThat(e1.getString("balance")).isEqualTo("1600.00");
        assertThat(e1.getString("creditLimit")).isEqualTo("1000.00");
        assertThat(e1.getString("availableCredit")).isEqualTo("-600.00");
        assertThat(e1.getInt("oldestOverdueDays")).isEqualTo(144);
        assertThat(e1.getJsonArray("buckets").getJsonObject(0).getString("amount")).isEqualTo("100.00");
        assertThat(e1.getJsonArray("buckets").getJsonObject(4).getString("amount")).isEqualTo("1500.00");
        HttpApi.Answer csv = MANAGER.get(rows + "&format=csv").assertStatus(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(6)
                .anySatisfy(line -> assertThat(line).startsWith("E1,East One,EUR,EAST,,1600.00,1600.00,100.00,"))
                // a name a spreadsheet would run as a formula is written as text (OWASP CSV injection)
                .anySatisfy(line -> assertThat(line).startsWith(
                        "W2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"West Two\"\")\",EUR,WEST,"));
        MANAGER.get(rows + "&sort=colour").assertProblem(400);
        MANAGER.get(rows + "&pool=nope").assertProblem(404);

        // a snapshot of one pool stores its customers only: master data narrows the pass, the figure
        // rule (over the limit) is applied to each page as it is read
        JsonObject ofPool = completedSnapshot("{\"company\":\"" + company + "\",\"asOf\":\"2026-11-22\","
                + "\"pool\":\"over-limit\",\"pageSize\":1}");
        JsonObject poolRows = MANAGER.get("/api/v1/aging-snapshots/" + ofPool.getJsonNumber("id") + "/rows" + q)
                .assertStatus(200).json();
        assertThat(accounts(poolRows)).containsExactly("E1", "W1");
        assertThat(MANAGER.get("/api/v1/aging-snapshots/" + ofPool.getJsonNumber("id") + q).assertStatus(200).json()
                .getInt("customers")).isEqualTo(2);
    }

    @Test
    void aFailedSnapshotRunShowsInJobsAndRestartsToCompletion() throws InterruptedException {
        JsonObject started = MANAGER.postJsonWithFault("/api/v1/aging-snapshots?company=" + company, "{\"company\":\""
                + company + "\",\"asOf\":\"2026-11-22\",\"pageSize\":2}", "fail-after-pages=1").assertStatus(202).json();
        long id = started.getJsonNumber("id").longValue();
        long firstRun = started.getJsonNumber("executionId").longValue();
        JsonObject failed = awaitJob(company, firstRun);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getJsonObject("progress").getInt("processed")).isEqualTo(1);
        assertThat(failed.getJsonObject("progress").getInt("total")).isEqualTo(3);
        assertThat(MANAGER.get("/api/v1/aging-snapshots/" + id + q).assertStatus(200).json().getString("status"))
                .isEqualTo("FAILED");
        assertThat(MANAGER.get("/api/v1/aging-snapshots/" + id + "/rows" + q).assertStatus(200).json()
                .getInt("total")).as("the first page was committed").isEqualTo(2);
        AGENT1.postJson("/api/v1/aging-snapshots/" + id + "/restart" + q, "{}").assertProblem(403);

        JsonObject restarted = MANAGER.postJson("/api/v1/aging-snapshots/" + id + "/restart" + q, "{}")
                .assertStatus(202).json();
        long secondRun = restarted.getJsonNumber("executionId").longValue();
        assertThat(secondRun).isNotEqualTo(firstRun);
        assertThat(awaitJob(company, secondRun).getString("status")).isEqualTo("COMPLETED");
        JsonObject done = MANAGER.get("/api/v1/aging-snapshots/" + id + q).assertStatus(200).json();
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("customers")).isEqualTo(5);
        assertThat(accounts(MANAGER.get("/api/v1/aging-snapshots/" + id + "/rows" + q).assertStatus(200).json()))
                .containsExactly("E1", "E2", "E3", "W1", "W2");
        MANAGER.postJson("/api/v1/aging-snapshots/" + id + "/restart" + q, "{}").assertProblem(409);
    }

    @Test
    void aSnapshotWhoseJobCannotStartIsNotLeftRunning() {
        long before = MANAGER.get("/api/v1/aging-snapshots" + q).assertStatus(200).json().getInt("total");
        JsonObject problem = MANAGER.postJsonWithFault("/api/v1/aging-snapshots?company=" + company, "{\"company\":\""
                + company + "\",\"asOf\":\"2026-11-22\"}", "fail-to-start").assertProblem(503);
        assertThat(problem.getString("detail")).contains("nothing was kept");
        JsonObject after = MANAGER.get("/api/v1/aging-snapshots" + q).assertStatus(200).json();
        assertThat(after.getInt("total")).as("no snapshot without a run").isEqualTo(before);
        assertThat(after.getJsonArray("items").getValuesAs(JsonObject.class))
                .noneMatch(s -> s.getString("status").equals("RUNNING") && !s.containsKey("executionId"));
    }

    @Test
    void reassigningAPoolMovesItsCustomersFromOneAgentToTheOther() {
        MANAGER.postJson("/api/v1/pools?company=" + company, pool("east", "[{\"field\":\"region\",\"operator\":\"=\","
                + "\"value\":\"EAST\"}]")).assertStatus(201);
        String e1 = "/api/v1/customers/E1" + q;
        assertThat(AGENT1.get(e1).status()).isEqualTo(404);
        MANAGER.postJson("/api/v1/pools/east/reassign" + q, "{\"company\":\"" + company + "\",\"to\":\"agent1\","
                + "\"reason\":\"new territory\"}").assertStatus(200);
        assertThat(AGENT1.get(e1).status()).isEqualTo(200);
        assertThat(AGENT2.get(e1).status()).isEqualTo(404);
        assertThat(AGENT1.get("/api/v1/customers/W1" + q).status()).isEqualTo(404);
        assertThat(AGENT1.get("/api/v1/aging" + q + "&asOf=2026-11-22").assertStatus(200).json().getInt("total"))
                .isEqualTo(3);
        assertThat(AGENT1.get("/api/v1/pools" + q).assertStatus(200).body()).contains("\"east\"");
        assertThat(AGENT2.get("/api/v1/pools/east" + q).status()).isEqualTo(404);

        JsonObject moved = MANAGER.postJson("/api/v1/pools/east/reassign" + q, "{\"company\":\"" + company + "\","
                + "\"to\":\"agent2\",\"reason\":\"holiday cover\"}").assertStatus(200).json();
        assertThat(moved.getJsonArray("agents").getString(0)).isEqualTo("agent2");
        assertThat(moved.getJsonArray("agents")).hasSize(1);
        assertThat(AGENT1.get(e1).status()).isEqualTo(404);
        assertThat(AGENT2.get(e1).status()).isEqualTo(200);
        assertThat(AGENT2.get("/api/v1/aging" + q + "&asOf=2026-11-22").assertStatus(200).json().getInt("total"))
                .isEqualTo(3);
        assertThat(AGENT1.get("/api/v1/aging" + q + "&asOf=2026-11-22").assertStatus(200).json().getInt("total"))
                .isZero();
        MANAGER.postJson("/api/v1/pools/east/reassign" + q, "{\"company\":\"" + company + "\",\"from\":\"agent1\","
                + "\"to\":\"agent2\"}").assertProblem(400);
        AGENT2.postJson("/api/v1/pools/east/reassign" + q, "{\"to\":\"agent2\"}").assertProblem(403);
    }

    @Test
    void agingDefinitionsAreDataAChangeAfterASnapshotMakesTheNextRevision() throws InterruptedException {
        String name = "weekly-" + company.toLowerCase(Locale.ROOT);
        String weeks = "{\"name\":\"" + name + "\",\"basis\":\"DUE_DATE\",\"unit\":\"DAYS\",\"buckets\":["
                + "{\"name\":\"current\",\"to\":0},{\"name\":\"week 1\",\"from\":1,\"to\":7},"
                + "{\"name\":\"later\",\"from\":8}]}";
        HttpApi.Answer created = MANAGER.postJson("/api/v1/aging-definitions", weeks).assertStatus(201);
        MANAGER.postJson("/api/v1/aging-definitions", weeks).assertProblem(409);
        AGENT1.postJson("/api/v1/aging-definitions", weeks.replace(name, name + "x")).assertProblem(403);
        MANAGER.postJson("/api/v1/aging-definitions", weeks.replace(name, name + "x").replace("\"from\":8",
                "\"from\":9")).assertProblem(400);
        assertThat(MANAGER.get("/api/v1/aging" + q + "&asOf=2026-11-22&definition=" + name).assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0).getJsonArray("buckets")).hasSize(3);
        String twoBuckets = weeks.replace(",{\"name\":\"week 1\",\"from\":1,\"to\":7},{\"name\":\"later\","
                + "\"from\":8}", ",{\"name\":\"overdue\",\"from\":1}").replace("]}", "],\"reason\":\"simpler\"}");
        String path = "/api/v1/aging-definitions/" + name;
        JsonObject inPlace = MANAGER.putJson(path, created.header("ETag"), twoBuckets).assertStatus(200).json();
        assertThat(inPlace.getInt("revision")).as("no snapshot used it: changed in place").isEqualTo(1);
        JsonObject snapshot = completedSnapshot("{\"company\":\"" + company + "\",\"asOf\":\"2026-11-22\","
                + "\"definition\":\"" + name + "\"}");
        JsonObject revised = MANAGER.putJson(path, MANAGER.get(path).assertStatus(200).header("ETag"),
                weeks.replace("]}", "],\"reason\":\"back to weeks\"}")).assertStatus(200).json();
        assertThat(revised.getInt("revision")).as("a snapshot aged by revision 1").isEqualTo(2);
        assertThat(revised.getJsonArray("buckets")).hasSize(3);
        assertThat(MANAGER.get("/api/v1/aging-snapshots/" + snapshot.getJsonNumber("id") + q).assertStatus(200).json()
                .getJsonArray("buckets")).as("the snapshot keeps its buckets").hasSize(2);
        JsonObject standard = MANAGER.get("/api/v1/aging-definitions/standard").assertStatus(200).json();
        assertThat(standard.getBoolean("readOnly")).isTrue();
        MANAGER.putJson("/api/v1/aging-definitions/standard", "\"" + standard.getJsonNumber("version") + "\"",
                twoBuckets.replace(name, "standard")).assertProblem(409);
        assertThat(MANAGER.get("/api/v1/aging-definitions").assertStatus(200).body()).contains("\"monthly\"");
    }

    @Test
    void anAgentWorksPoolsInSeveralCompaniesAndAChangeNeedsItsVersionAndAReason() {
        String user = "multi-" + company.toLowerCase(Locale.ROOT);
        String agent = "/api/v1/agents/" + user;
        MANAGER.postJson("/api/v1/pools" + q, pool("multi", "[{\"field\":\"region\",\"operator\":\"=\","
                + "\"value\":\"EAST\"}]")).assertStatus(201);
        HttpApi.Answer none = MANAGER.get(agent).assertStatus(200);
        assertThat(none.json().getJsonArray("companies")).isEmpty();
        String mine = "{\"company\":\"" + company + "\",\"pools\":[\"multi\"],\"defaultPool\":\"multi\","
                + "\"reason\":\"east cover\"}";
        MANAGER.putJson(agent + q, null, mine).assertProblem(428);
        MANAGER.putJson(agent + q, none.header("ETag"), "{\"company\":\"" + company + "\"}").assertProblem(400);
        MANAGER.putJson(agent + q, none.header("ETag"), "{\"company\":\"" + company + "\",\"pools\":[\"multi\"],"
                + "\"reason\":\"no default\"}").assertProblem(400);
        HttpApi.Answer first = MANAGER.putJson(agent + q, none.header("ETag"), mine).assertStatus(200);
        MANAGER.putJson(agent + q, none.header("ETag"), mine).assertProblem(412);
        JsonObject both = MANAGER.putJson(agent + "?company=DW01", first.header("ETag"), "{\"pools\":[\"north\"],"
                + "\"defaultPool\":\"north\",\"reason\":\"and the demo's north\"}").assertStatus(200).json();
        assertThat(both.getJsonArray("companies").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("company") + ":" + c.getJsonArray("pools") + ":" + c.getString("defaultPool"))
                .containsExactlyInAnyOrder(company + ":[\"multi\"]:multi", "DW01:[\"north\"]:north");
        JsonObject audited = MANAGER.get("/api/v1/audit-trail" + q + "&subjectType=agent").assertStatus(200).json();
        assertThat(audited.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("subjectKey")).isEqualTo(user);
            assertThat(e.getString("reason")).isEqualTo("east cover");
        });
        String pool = "/api/v1/pools/multi";
        HttpApi.Answer read = MANAGER.get(pool + q).assertStatus(200);
        assertThat(MANAGER.exchange("DELETE", pool + q + "&reason=merged", Map.of("If-Match",
                read.header("ETag")), null).assertProblem(409).getString("detail")).contains(user);
        JsonObject renamed = MANAGER.putJson(pool + q, read.header("ETag"), "{\"name\":\"multi-east\",\"conditions\":"
                + "[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"EAST\"}]}").assertStatus(200).json();
        assertThat(renamed.getString("name")).isEqualTo("multi-east");
        assertThat(renamed.getJsonArray("agents").getString(0)).isEqualTo(user);
        // give DW01's north back: the demo's agent1 keeps its own
        JsonObject now = MANAGER.get(agent).assertStatus(200).json();
        MANAGER.putJson(agent + "?company=DW01", "\"" + now.getJsonNumber("version") + "\"", "{\"pools\":[],"
                + "\"reason\":\"cover over\"}").assertStatus(200);
    }

    private static JsonObject completedSnapshot(String body) throws InterruptedException {
        JsonObject started = MANAGER.postJson("/api/v1/aging-snapshots?company=" + company, body).assertStatus(202)
                .json();
        JsonObject run = awaitJob(company, started.getJsonNumber("executionId").longValue());
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        // /jobs says whose run it was and what it ran on
        assertThat(run.getString("company")).isEqualTo(company);
        assertThat(run.getJsonObject("ranOn").getString("kind")).isEqualTo("aging-snapshot");
        assertThat(run.getJsonObject("ranOn").getString("id")).isEqualTo(started.getJsonNumber("id").toString());
        return started;
    }

    /** The run of the company's aging snapshot job, once it has ended. */
    static JsonObject awaitJob(String company, long execution) throws InterruptedException {
        JsonObject run = null;
        for (int i = 0; i < 240; i++) {
            run = MANAGER.get("/api/v1/jobs?kind=aging-snapshots&size=500&company=" + company).assertStatus(200).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("id").longValue() == execution).findFirst().orElse(null);
            if (run != null && List.of("COMPLETED", "FAILED", "STOPPED").contains(run.getString("status"))) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + execution + " did not finish: " + run);
    }

    private static List<String> accounts(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("account"))
                .toList();
    }
}
