package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ledger on the started server: CSV imports by the ERP user, documents, corrections, statements. */
class LedgerIT {

    private static final HttpApi ERP = HttpApi.as("erp");
    private static String company;

    @BeforeAll
    static void aCompanyOfOurOwn() {
        company = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HttpApi.as("admin").postJson("/api/v1/companies",
                "{\"code\":\"" + company + "\",\"name\":\"Ledger IT\",\"accountingCurrency\":\"EUR\"}")
                .assertStatus(201);
        ERP.post(imports("customers"), "text/csv", """
                account,name,currency,region
                C1,Alpha,EUR,NORTH
                C2,Beta,EUR,SOUTH
                """).assertStatus(200);
        ERP.post(imports("invoices"), "text/csv", """
                document,account,document_date,due_date,currency,amount,reference
                INV-1,C1,2026-09-01,2026-10-01,EUR,1000.00,SO-1
                INV-2,C1,2026-10-01,2026-10-31,EUR,250.50,SO-2
                INV-3,C2,2026-10-01,2026-10-31,EUR,80.00,SO-3
                """).assertStatus(200);
    }

    private static String imports(String kind) {
        return "/api/v1/imports/" + kind + "?company=" + company;
    }

    @Test
    void theErpImportsCsvAndAReImportChangesNothing() {
        JsonObject again = ERP.post(imports("invoices"), "text/csv", """
                document,account,document_date,due_date,currency,amount,reference
                INV-1,C1,2026-09-01,2026-10-01,EUR,1000.00,SO-1
                """).assertStatus(200).json();
        assertThat(again.getString("kind")).isEqualTo("invoices");
        assertThat(again.getInt("received")).isEqualTo(1);
        assertThat(again.getInt("unchanged")).isEqualTo(1);
        assertThat(again.getInt("applied")).isZero();
        assertThat(again.getJsonArray("errors")).isEmpty();
        JsonObject invoice = ERP.get("/api/v1/invoices/INV-2?company=" + company).assertStatus(200).json();
        assertThat(invoice.getString("amount")).isEqualTo("250.50");
        assertThat(invoice.getString("openAmount")).isEqualTo("250.50");
        assertThat(invoice.getString("createdBy")).isEqualTo("erp");
    }

    @Test
    void allOrNothingRefusesTheWholeFileWith422AndTheSameMembers() {
        JsonObject problem = ERP.post(imports("invoices"), "text/csv", """
                document,account,document_date,due_date,currency,amount,colour
                NEW-1,C1,2026-10-01,2026-10-31,EUR,10.00,red
                NEW-2,C9,2026-10-01,2026-10-31,EUR,10.00,blue
                """).assertProblem(422);
        assertThat(problem.getInt("received")).isEqualTo(2);
        assertThat(problem.getInt("rejected")).isEqualTo(1);
        assertThat(problem.getInt("applied")).isZero();
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(3);
        assertThat(problem.getJsonArray("warnings").getString(0)).contains("colour");
        ERP.get("/api/v1/invoices/NEW-1?company=" + company).assertProblem(404);
    }

    @Test
    void skipInvalidAppliesTheRestAndBadFilesAreClear4xx() {
        JsonObject result = ERP.post(imports("invoices") + "&mode=skip-invalid", "text/csv", """
                document,account,document_date,due_date,currency,amount
                SKIP-1,C1,2026-10-01,2026-10-31,EUR,10.00
                SKIP-2,C1,2026-10-01,2026-10-31,EUR,abc
                """).assertStatus(200).json();
        assertThat(result.getInt("applied")).isEqualTo(1);
        assertThat(result.getInt("rejected")).isEqualTo(1);

        JsonObject missing = ERP.post(imports("invoices"), "text/csv", "document,account\nX,C1\n").assertProblem(400);
        assertThat(missing.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("due_date", "amount");
        ERP.post(imports("nonsense"), "text/csv", "a\n1\n").assertProblem(404);
        ERP.post(imports("invoices") + "&mode=maybe", "text/csv", "a\n1\n").assertProblem(400);
        ERP.post(imports("invoices"), "application/json", "{}").assertProblem(415);
        HttpApi.as("agent1").post(imports("invoices"), "text/csv", "a\n1\n").assertProblem(403);
        HttpApi.as("manager").post(imports("customers"), "text/csv", "a\n1\n").assertProblem(403);
    }

    @Test
    void paymentsSettleAndTheStatementShowsItAsOfADate() {
        ERP.post(imports("payments"), "text/csv", """
                document,account,date,currency,amount,applies_to
                PAY-1,C1,2026-10-20,EUR,400.00,INV-1
                """).assertStatus(200);
        JsonArray open = ERP.get("/api/v1/customers/C1/open-items?company=" + company + "&asOf=2026-10-25")
                .assertStatus(200).structure().asJsonArray();
        assertThat(open.getValuesAs(JsonObject.class)).extracting(o -> o.getString("document"),
                        o -> o.getString("openAmount"))
                .contains(Tuple.tuple("INV-1", "600.00"),
                        Tuple.tuple("INV-2", "250.50"));
        JsonObject before = ERP.get("/api/v1/customers/C1/statement?company=" + company + "&asOf=2026-10-19")
                .assertStatus(200).json();
        assertThat(before.getJsonArray("settlements")).isEmpty();
        assertThat(before.getJsonArray("openItems").getValuesAs(JsonObject.class))
                .filteredOn(o -> o.getString("document").equals("INV-1"))
                .singleElement().satisfies(o -> assertThat(o.getString("openAmount")).isEqualTo("1000.00"));
    }

    @Test
    void theErpCorrectsWithCancellationAndReversal() {
        ERP.postJson("/api/v1/invoices?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"INV-9\",\"account\":\"C2\","
                + "\"documentDate\":\"2026-11-01\",\"dueDate\":\"2026-12-01\",\"currency\":\"EUR\",\"amount\":\"90.00\"}")
                .assertStatus(201);
        JsonObject cancelled = ERP.postJson("/api/v1/invoices/INV-9/cancel?company=" + company,
                "{\"reason\":\"duplicate\"}").assertStatus(200).json();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("openAmount")).isEqualTo("0.00");
        ERP.postJson("/api/v1/invoices/INV-9/cancel?company=" + company, "{\"reason\":\"again\"}").assertProblem(409);

        ERP.postJson("/api/v1/payments?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"PAY-9\",\"account\":\"C2\","
                + "\"date\":\"2026-11-02\",\"currency\":\"EUR\",\"amount\":\"80.00\",\"appliesTo\":\"INV-3\"}")
                .assertStatus(201);
        assertThat(ERP.get("/api/v1/invoices/INV-3?company=" + company).json().getString("openAmount"))
                .isEqualTo("0.00");
        JsonObject reversed = ERP.postJson("/api/v1/payments/PAY-9/reverse?company=" + company,
                "{\"reason\":\"returned\"}").assertStatus(200).json();
        assertThat(reversed.getString("status")).isEqualTo("REVERSED");
        assertThat(ERP.get("/api/v1/invoices/INV-3?company=" + company).json().getString("openAmount"))
                .isEqualTo("80.00");
        ERP.postJson("/api/v1/payments?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"PAY-9\",\"account\":\"C2\","
                + "\"date\":\"2026-11-02\",\"currency\":\"EUR\",\"amount\":\"81.00\"}").assertProblem(409);
        ERP.postJson("/api/v1/payments?company=" + company, "{\"company\":\"" + company + "\",\"document\":\"PAY-10\",\"account\":\"C2\","
                + "\"date\":\"2026-11-02\",\"currency\":\"EUR\",\"amount\":\"1e3\"}").assertProblem(400);
    }

    @Test
    void aManagerSettlesAnUnsettledPaymentByTheStatutoryOrder() {
        ERP.post(imports("payments"), "text/csv", """
                document,account,date,currency,amount
                PAY-20,C1,2026-11-05,EUR,100.00
                """).assertStatus(200);
        String body = "{\"company\":\"" + company + "\",\"credit\":\"PAY-20\"}";
        JsonArray preview = HttpApi.as("manager").postJson("/api/v1/settlements?dryRun=true&company=" + company, body)
                .assertStatus(200).structure().asJsonArray();
        assertThat(preview).hasSize(1);
        assertThat(preview.getJsonObject(0).getJsonNumber("id").longValue()).as("nothing was stored").isZero();
        assertThat(HttpApi.as("manager").postJson("/api/v1/settlements?dryRun=true&company=" + company, body)
                .assertStatus(200).structure().asJsonArray()).as("a dry run applies nothing").isEqualTo(preview);
        JsonArray settled = HttpApi.as("manager").postJson("/api/v1/settlements?company=" + company, body)
                .assertStatus(200).structure().asJsonArray();
        assertThat(settled).hasSize(1);
        assertThat(settled.getJsonObject(0).getString("amount")).isEqualTo("100.00");
        for (String member : List.of("debitDocument", "creditDocument", "amount", "settledOn")) {
            assertThat(settled.getJsonObject(0).get(member)).as(member).isEqualTo(preview.getJsonObject(0).get(member));
        }
        HttpApi.as("manager").postJson("/api/v1/settlements?company=" + company, body).assertProblem(409);
        HttpApi.as("clerk").postJson("/api/v1/settlements?company=" + company, body).assertProblem(403);
        // who may undo a settlement (docs/security.md): administrators, the ERP, collections managers
        String undo = "/api/v1/settlements/" + settled.getJsonObject(0).getJsonNumber("id") + "/undo?company=" + company;
        for (String refused : List.of("agent1", "agent2", "credit", "clerk", "cfo")) {
            HttpApi.as(refused).postJson(undo, "{\"reason\":\"wrong invoice\"}").assertProblem(403);
        }
        HttpApi.as("manager").postJson(undo, "{\"reason\":\"wrong invoice\"}").assertStatus(200);
        HttpApi.as("erp").postJson(undo, "{\"reason\":\"wrong invoice\"}").assertProblem(409);
    }

    @Test
    void customersAreReadAndChangedWithVersions() {
        HttpApi.Answer customer = HttpApi.as("manager").get("/api/v1/customers/C2?company=" + company)
                .assertStatus(200);
        String etag = customer.header("ETag");
        HttpApi.as("manager").putJson("/api/v1/customers/C2?company=" + company, etag,
                "{\"region\":\"WEST\",\"reason\":\"moved\"}").assertStatus(200);
        HttpApi.as("manager").putJson("/api/v1/customers/C2?company=" + company, etag,
                "{\"region\":\"EAST\"}").assertProblem(412);
        JsonObject history = HttpApi.as("manager").get("/api/v1/customers/C2/history?company=" + company)
                .assertStatus(200).json();
        assertThat(history.getJsonArray("items").getJsonObject(0).getString("newValue")).isEqualTo("WEST");
        JsonObject page = HttpApi.as("credit").get("/api/v1/customers?company=" + company + "&region=WEST")
                .assertStatus(200).json();
        assertThat(page.getInt("total")).isEqualTo(1);
    }

    @Test
    void theErpImportsContactsAndTheCustomerSaysWhomItsRemindersGoTo() {
        JsonObject imported = ERP.post(imports("contacts"), "text/csv", """
                account,name,purpose,email,language,primary
                C1,Ann Payer,COLLECTIONS,ann@alpha.example,de,true
                C1,Bob Buyer,BILLING,bob@alpha.example,,
                """).assertStatus(200).json();
        assertThat(imported.getString("kind")).isEqualTo("contacts");
        assertThat(imported.getInt("applied")).isEqualTo(2);
        JsonObject customer = HttpApi.as("manager").get("/api/v1/customers/C1?company=" + company)
                .assertStatus(200).json();
        assertThat(customer.getJsonArray("contacts")).hasSize(2);
        assertThat(customer.getJsonArray("contacts").getJsonObject(0).getString("purpose")).isEqualTo("COLLECTIONS");
        JsonObject recipient = customer.getJsonObject("reminderRecipient");
        assertThat(recipient.getString("contact")).isEqualTo("Ann Payer");
        assertThat(recipient.getString("email")).isEqualTo("ann@alpha.example");
        assertThat(recipient.getString("language")).isEqualTo("de");
        JsonObject refused = ERP.post(imports("contacts"), "text/csv", """
                account,name,purpose
                C1,Cid Credit,PURCHASING
                """).assertProblem(422);
        JsonObject error = refused.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("line")).isEqualTo(2);
        assertThat(error.getString("field")).isEqualTo("purpose");
    }
}
