package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the server killed (SIGKILL, no shutdown) in the middle of posting a letter run, then started again; the
 * run's job, which the killed server left running, is restarted and posts the rest: every line gets its letter, its
 * fee and its email once, none twice. Runs where the server's database outlives it (the PostgreSQL tier; the Derby
 * tier's database is in memory).
 */
class CrashRecoveryIT {

    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi ERP = HttpApi.as("erp");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final int CUSTOMERS = 40;

    @Test
    void aServerKilledWhilePostingPostsTheRestOnceAfterItsRestart() throws Exception {
        String server = System.getProperty("dunwell.it.serverName");
        String wlp = System.getProperty("dunwell.it.wlpDir");
        assumeTrue(server != null && wlp != null, "only where the database outlives the server");
        String company = "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String q = "?company=" + company;
        LocalDate today = LocalDate.parse(ADMIN.get("/api/v1/admin/business-date").assertStatus(200).json()
                .getString("date"));
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Crash IT\","
                + "\"accountingCurrency\":\"EUR\",\"language\":\"en\"}").assertStatus(201);
        StringBuilder customers = new StringBuilder("account,name,currency,language,email\n");
        StringBuilder invoices = new StringBuilder("document,account,document_date,due_date,currency,amount\n");
        for (int i = 1; i <= CUSTOMERS; i++) {
            customers.append("K").append(i).append(",Customer ").append(i).append(",EUR,en,ap").append(i)
                    .append("@crash.example\n");
            invoices.append("KI-").append(i).append(",K").append(i).append(',').append(today.minusDays(60)).append(',')
                    .append(today.minusDays(30)).append(",EUR,").append(100 + i).append(".00\n");
        }
        ERP.post("/api/v1/imports/customers" + q, "text/csv", customers.toString()).assertStatus(200);
        ERP.post("/api/v1/imports/invoices" + q, "text/csv", invoices.toString()).assertStatus(200);
        DunningSteps.standardSequence(company);
        JsonObject run = DunningSteps.propose(company, today.toString());
        long id = run.getJsonNumber("id").longValue();
        MANAGER.exchange("POST", "/api/v1/letter-runs/" + id + "/post" + q, Map.of("If-Match", "\""
                + run.getJsonNumber("version") + "\"", "Dunwell-Test-Fault", "slow-lines=250"), null).assertStatus(202);
        int before = 0;
        for (int i = 0; i < 200 && before < 5; i++) {
            Thread.sleep(100);
            before = DunningSteps.letters(MANAGER, company, null).size();
        }
        assertThat(before).as("letters posted before the kill").isBetween(5, CUSTOMERS - 5);

        List<ProcessHandle> killed = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("ws-server.jar") && c.contains(" " + server)).orElse(false)).toList();
        assertThat(killed).as("the server's JVM").hasSize(1);
        killed.get(0).destroyForcibly();
        killed.get(0).onExit().get(60, TimeUnit.SECONDS);

        Process start = new ProcessBuilder(new File(wlp, "bin/server").getPath(), "start", server).inheritIO().start();
        assertThat(start.waitFor(180, TimeUnit.SECONDS)).isTrue();
        HttpApi.awaitReady();

        JsonObject after = MANAGER.get("/api/v1/letter-runs/" + id + q).assertStatus(200).json();
        assertThat(after.getString("status")).as("the killed server left the run posting").isEqualTo("POSTING");
        MANAGER.postJson("/api/v1/letter-runs/" + id + "/restart" + q, "{}").assertStatus(202);
        DunningSteps.awaitStatus(company, id, "POSTED");

        List<JsonObject> letters = DunningSteps.letters(MANAGER, company, null);
        assertThat(letters).as("one letter per line").hasSize(CUSTOMERS);
        assertThat(letters.stream().map(l -> l.getString("account")).distinct()).hasSize(CUSTOMERS);
        List<JsonObject> moved = ERP.get("/api/v1/postings" + q + "&limit=1000").assertStatus(200).json()
                .getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(moved.stream().filter(e -> "FEE".equals(e.getString("kind"))).map(e -> e.getString("account"))
                .distinct().count()).as("a fee for every letter").isEqualTo(CUSTOMERS);
        assertThat(moved.stream().filter(e -> "FEE".equals(e.getString("kind")))).as("and none twice")
                .hasSize(CUSTOMERS);
        List<JsonObject> emails = MANAGER.get("/api/v1/outbox" + q + "&size=500").assertStatus(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(emails).as("one email per letter").hasSize(CUSTOMERS);
        assertThat(emails.stream().map(e -> e.getJsonNumber("letter").longValue()).distinct()).hasSize(CUSTOMERS);
    }
}
