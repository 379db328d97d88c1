package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dunwell.acceptance.OpenApiOperations.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * api-contract.md, "The company of a request", checked on every operation the OpenAPI document gives
 * the {@code company} parameter: each is called for a second company S (with the document's example
 * body), and must answer 2xx with no other company's data in its answer; a change must land in S (a
 * created resource is found at its {@code Location} in S and not in T), and must leave the audit trails
 * of the other companies (DW01, and T, which holds the same keys as S) as they were. The test fails
 * when the document lists a company-scoped operation it does not call.
 */
class CompanyScopeIT {

    private static final String DATA_CUSTOMERS = "account,name,currency,region,credit_limit\n"
            + "C1,Acme Inc.,USD,NORTH,1000.00\nC2,Birch Ltd,USD,NORTH,5000.00\n";
    private static final String DATA_INVOICES = "document,account,document_date,due_date,currency,amount\n"
            + "INV-1,C1,2026-09-01,2026-10-01,USD,1000.00\nINV-2,C1,2026-10-01,2026-10-31,USD,250.50\n"
            + "INV-3,C2,2026-10-01,2026-10-31,USD,800.00\nINV-4,C1,2026-10-05,2026-11-04,USD,300.00\n";
    private static final String DATA_PAYMENTS = "document,account,date,currency,amount,applies_to\n"
            + "PAY-1,C1,2026-10-20,USD,400.00,INV-1\nPAY-2,C1,2026-11-05,USD,50.00,\n";
    private static final String DATA_CREDIT_NOTES = "document,account,document_date,currency,amount\n"
            + "CN-1,C1,2026-11-06,USD,20.00\n";

    private static String s;
    private static String t;
    private static final Map<String, String> CAUGHT = new HashMap<>();
    /** The credit bureau the reference plugin asks, once an administrator enables it in S. */
    private static StubKestrelBureau kestrel;
    /** The insurer the reference insurer plugin asks, once enabled in S. */
    private static StubOspreyInsurer osprey;
    private static StubHeronAgency heron;

    @BeforeAll
    static void twoCompaniesWithTheSameKeys() throws Exception {
        kestrel = new StubKestrelBureau();
        osprey = new StubOspreyInsurer();
        heron = new StubHeronAgency();
        String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        s = "S" + suffix;
        t = "T" + suffix;
        for (String company : List.of(s, t)) {
            HttpApi.as("admin").postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Scope "
                    + company + "\",\"accountingCurrency\":\"USD\"}").assertStatus(201);
            HttpApi erp = HttpApi.as("erp");
            for (String[] file : new String[][] {{"customers", DATA_CUSTOMERS}, {"invoices", DATA_INVOICES},
                {"payments", DATA_PAYMENTS}, {"credit-notes", DATA_CREDIT_NOTES}}) {
                erp.post("/api/v1/imports/" + file[0] + "?company=" + company, "text/csv", file[1]).assertStatus(200);
            }
        }
        // what the actions below act on, besides what the scenario creates itself
        String inS = "?company=" + s;
        HttpApi erp = HttpApi.as("erp");
        for (String order : List.of("SO-78", "SO-79")) {
            CAUGHT.put("hold " + order, erp.postJson("/api/v1/credit-checks" + inS, "{\"account\":\"C1\",\"amount\":"
                    + "\"300.00\",\"currency\":\"USD\",\"orderReference\":\"" + order + "\"}").assertStatus(200).json()
                    .getJsonNumber("id").toString());
        }
        CAUGHT.put("limit request 2", HttpApi.as("clerk").postJson("/api/v1/credit-limit-requests" + inS,
                "{\"account\":\"C2\",\"requestedLimit\":\"6000.00\",\"reason\":\"second\"}").assertStatus(201).json()
                .getJsonNumber("id").toString());
        CAUGHT.put("write-off 2", HttpApi.as("clerk").postJson("/api/v1/write-offs" + inS,
                "{\"document\":\"INV-3\",\"amount\":\"1.00\",\"reasonCode\":\"SMALL_BALANCE\"}").assertStatus(201)
                .json().getJsonNumber("id").toString());
        long failing = HttpApi.as("manager").postJsonWithFault("/api/v1/aging-snapshots" + inS,
                "{\"pageSize\":1}", "fail-after-pages=1").assertStatus(202).json().getJsonNumber("executionId")
                .longValue();
        CAUGHT.put("failed snapshot", PoolsAndSnapshotsIT.awaitJob(s, failing).getJsonObject("ranOn").getString("id"));
        dunningInS(inS);
        agencyInS(inS);
        claimsInS(inS);
    }

    /** C1 insured in S through the insurer plugin, for the notice and claim steps; the insurer answers both. */
    private static void claimsInS(String inS) {
        HttpApi admin = HttpApi.as("admin");
        String plugin = "/api/v1/plugins/insurer-osprey/configuration" + inS;
        admin.putJson(plugin, admin.get(plugin).assertStatus(200).header("ETag"),
                osprey.configuration("insurance contract for S")).assertStatus(200);
        HttpApi.as("credit").request("PUT", "/api/v1/customers/C1/insurance" + inS, null, "{\"insurer\":"
                + "\"insurer-osprey\",\"policy\":\"OSP-C-S\",\"insuredLimit\":\"5000.00\",\"coveragePercent\":\"90\","
                + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2027-12-31\",\"reason\":\"cover granted\"}")
                .assertStatus(200);
        osprey.claims("OSP-N-S", "{\"claimId\":\"OSP-K-S\",\"status\":\"received\",\"asOf\":\"2026-12-04\"}");
    }

    /**
     * The agency plugin enabled in S, a case for the hand-over step, two hand-overs above S's approval threshold for
     * the approve and reject steps, and one approved while the agency was down, for the send step.
     */
    private static void agencyInS(String inS) {
        HttpApi.as("erp").post("/api/v1/imports/invoices" + inS, "text/csv", "document,account,document_date,"
                + "due_date,currency,amount\nAGY-1,C1,2026-09-01,2026-10-01,USD,100.00\n"
                + "AGY-B1,C2,2026-09-01,2026-10-01,USD,60000.00\nAGY-B2,C2,2026-09-01,2026-10-01,USD,60000.00\n"
                + "AGY-B3,C2,2026-09-01,2026-10-01,USD,60000.00\n").assertStatus(200);
        HttpApi admin = HttpApi.as("admin");
        String plugin = "/api/v1/plugins/agency-heron/configuration" + inS;
        admin.putJson(plugin, admin.get(plugin).assertStatus(200).header("ETag"),
                heron.configuration("agency contract for S")).assertStatus(200);
        HttpApi manager = HttpApi.as("manager");
        Map<String, String> cases = new LinkedHashMap<>();
        for (String[] c : new String[][] {{"agency case", "AGY-1"}, {"big 1", "AGY-B1"}, {"big 2", "AGY-B2"},
            {"big 3", "AGY-B3"}}) {
            cases.put(c[0], manager.postJson("/api/v1/cases" + inS, "{\"title\":\"" + c[0] + "\",\"category\":\"AGENCY\",\"documents\":[\""
                    + c[1] + "\"]}").assertStatus(201).json().getJsonNumber("id").toString());
        }
        CAUGHT.put("agency case", cases.get("agency case"));
        for (String big : List.of("big 1", "big 2", "big 3")) {
            CAUGHT.put("handover " + big, manager.postJson("/api/v1/agency-handovers" + inS, "{\"caseId\":"
                    + cases.get(big) + ",\"reason\":\"large\"}").assertStatus(201).json().getJsonNumber("id")
                    .toString());
        }
        heron.down(503);
        try {
            HttpApi.as("cfo").postJson("/api/v1/agency-handovers/" + CAUGHT.get("handover big 3") + "/approve" + inS,
                    "{\"note\":\"agreed\"}").assertStatus(200);
        } finally {
            heron.claim("HER-S");
        }
    }

    @AfterAll
    static void stopTheBureau() {
        if (kestrel != null) {
            kestrel.close();
        }
        if (osprey != null) {
            osprey.close();
        }
        if (heron != null) {
            heron.close();
        }
    }

    /**
     * Letters, runs, emails and interest notes in S for the dunning steps to act on: a sequence, a run posted (its
     * letters, and emails to C1's collections contact waiting in the outbox), runs proposed for the edit, post and
     * cancel steps, a proposal whose job failed for the restart step, and an interest note waiting for a decision.
     */
    private static void dunningInS(String inS) {
        HttpApi manager = HttpApi.as("manager");
        HttpApi.as("erp").post("/api/v1/imports/contacts" + inS, "text/csv",
                "account,name,purpose,email,primary\nC1,Ann Payer,COLLECTIONS,ann@acme.example,true\n").assertStatus(200);
        DunningSteps.standardSequence(s);
        String today = HttpApi.as("admin").get("/api/v1/admin/business-date").assertStatus(200).json().getString("date");
        // proposed before the letters below are posted: their lines still propose a letter
        for (String run : List.of("run to post", "run to cancel")) {
            CAUGHT.put(run, DunningSteps.propose(s, today).getJsonNumber("id").toString());
        }
        DunningSteps.post(s, DunningSteps.propose(s, today));
        CAUGHT.put("letter", DunningSteps.letters(manager, s, "C1").get(0).getJsonNumber("id").toString());
        CAUGHT.put("email", manager.get("/api/v1/outbox?size=1" + inS.replace('?', '&')).assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString());
        long failing = manager.postJsonWithFault("/api/v1/letter-runs" + inS, "{\"asOf\":\"" + today + "\"}",
                "fail-after-pages=1").assertStatus(202).json().getJsonNumber("id").longValue();
        DunningSteps.awaitJob(s, failing, "FAILED");
        CAUGHT.put("failed run", Long.toString(failing));
        manager.request("PUT", "/api/v1/interest-codes/INT8" + inS, null, "{\"basis\":\"ACTUAL_365\",\"calculation\":"
                + "\"FROM_DUE_DATE\",\"rates\":[{\"validFrom\":\"2000-01-01\",\"percent\":\"8\"}],\"reason\":\"r\"}")
                .assertStatus(200);
        HttpApi.Answer note = manager.postJson("/api/v1/interest-notes" + inS, "{\"account\":\"C2\",\"interestCode\":"
                + "\"INT8\"}").assertStatus(201);
        String id = note.json().getJsonNumber("id").toString();
        manager.exchange("POST", "/api/v1/interest-notes/" + id + "/waive" + inS, Map.of("Content-Type",
                "application/json", "If-Match", note.header("ETag")), "{\"reason\":\"goodwill\"}").assertStatus(200);
        CAUGHT.put("waiver to reject", id);
        for (String draft : List.of("draft", "draft to discard")) {
            CAUGHT.put(draft, manager.postJson("/api/v1/drafts" + inS, "{\"account\":\"C1\",\"kind\":"
                    + "\"REMINDER_EMAIL\"}").assertStatus(201).json().getJsonNumber("id").toString());
        }
    }

    @Test
    void everyCompanyScopedOperationStaysInTheCompanyItNames() {
        Map<String, Operation> documented = new LinkedHashMap<>();
        OpenApiOperations.all().stream().filter(Operation::companyScoped)
                .forEach(operation -> documented.put(operation.id(), operation));
        List<Step> steps = scenario();
        Set<String> called = steps.stream().map(Step::operation).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(called).as("operations the scenario names that the document does not list as company-scoped")
                .isSubsetOf(documented.keySet());
        assertThat(documented.keySet()).as("company-scoped operations of the document the scenario does not call")
                .isSubsetOf(called);

        List<String> defects = new ArrayList<>();
        int changes = 0;
        for (Step step : steps) {
            Operation operation = documented.get(step.operation());
            Trails before = operation.writes() ? Trails.read(step.user()) : null;
            HttpApi.Answer answer = send(step, operation);
            String where = operation + " as " + step.user() + " answered " + answer.status();
            if (answer.status() / 100 != 2) {
                defects.add(where + ": " + answer.body());
                continue;
            }
            step.capture().accept(answer);
            otherCompanies(answer).forEach(other -> defects.add(where + " with data of company " + other));
            if (operation.writes()) {
                changes++;
                Trails after = Trails.read(step.user());
                if (after.dw01() != before.dw01() || after.other() != before.other()) {
                    defects.add(where + " and wrote into another company's audit trail: " + before + " → " + after);
                }
                String location = answer.header("Location");
                if (location != null) {
                    defects.addAll(landedInS(step, location, where));
                }
            }
        }
        System.out.printf("Company scope on %s: %d of %d company-scoped operations called for a second company,"
                + " %d changes checked, %d defects%n", InServerTier.database(), called.size(), documented.size(),
                changes, defects.size());
        assertThat(defects).as("calls that failed, strayed into another company, or wrote elsewhere").isEmpty();
    }

    /** What a created resource's address says: found in S, not in T. */
    private static List<String> landedInS(Step step, String location, String where) {
        List<String> defects = new ArrayList<>();
        String path = URI.create(location).getRawPath();
        if (!location.contains("company=" + s)) {
            defects.add(where + ": Location " + location + " does not name company " + s);
        }
        if (path.endsWith("/timeline")) {
            return defects;
        }
        HttpApi reader = HttpApi.as(step.user());
        if (reader.get(path + "?company=" + s).status() != 200) {
            defects.add(where + ": " + location + " is not found in " + s);
        }
        if (reader.get(path + "?company=" + t).status() != 404) {
            defects.add(where + ": " + path + " is found in " + t + " too");
        }
        return defects;
    }

    /** The companies other than S that an answer names in its {@code company} members. */
    private static Set<String> otherCompanies(HttpApi.Answer answer) {
        Set<String> others = new LinkedHashSet<>();
        String type = answer.header("Content-Type");
        if (type != null && type.contains("json") && !answer.body().isBlank()) {
            collect(answer.structure(), others);
        }
        others.remove(s);
        return others;
    }

    private static void collect(JsonValue value, Set<String> companies) {
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> {
                if ("company".equals(name) && member instanceof JsonString code) {
                    companies.add(code.getString());
                } else {
                    collect(member, companies);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, companies));
        }
    }

    private static HttpApi.Answer send(Step step, Operation operation) {
        String path = operation.path();
        for (Map.Entry<String, Supplier<String>> parameter : step.path().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}",
                    URLEncoder.encode(parameter.getValue().get(), StandardCharsets.UTF_8));
        }
        StringBuilder uri = new StringBuilder(path).append("?company=").append(s);
        step.query().forEach((name, value) -> uri.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        Map<String, String> headers = new LinkedHashMap<>();
        String body = null;
        if (operation.body() != null) {
            headers.put("Content-Type", operation.bodyMediaType());
            body = step.body() != null ? step.body().get() : example(operation);
        }
        if (step.ifMatch() != null) {
            headers.put("If-Match", step.ifMatch().get());
        }
        return HttpApi.as(step.user()).exchange(operation.method(), uri.toString(), headers, body);
    }

    /** The example the document gives the operation's request body. */
    private static String example(Operation operation) {
        JsonObject schema = OpenApiOperations.resolve(operation.body());
        assertThat(schema.containsKey("example")).as(operation + " has an example body in the document").isTrue();
        return schema.get("example").toString();
    }

    /**
     * The number of entries the caller wrote into the audit trails of the companies S must not write into (the
     * caller's only: a background job's entry, written meanwhile as the system, is not the call's).
     */
    record Trails(long dw01, long other) {

        static Trails read(String caller) {
            return new Trails(total("DW01", caller), total(CompanyScopeIT.t, caller));
        }

        private static long total(String company, String caller) {
            return HttpApi.as("admin").get("/api/v1/audit-trail?size=1&company=" + company + "&actor=" + caller)
                    .assertStatus(200).json().getJsonNumber("total").longValue();
        }
    }

    /** One call of the scenario. */
    record Step(String operation, String user, Map<String, Supplier<String>> path, Map<String, String> query,
                Supplier<String> body, Supplier<String> ifMatch, Consumer<HttpApi.Answer> capture) {

        Step with(String name, String value) {
            return with(name, () -> value);
        }

        Step with(String name, Supplier<String> value) {
            Map<String, Supplier<String>> more = new LinkedHashMap<>(path);
            more.put(name, value);
            return new Step(operation, user, more, query, body, ifMatch, capture);
        }

        Step query(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(query);
            more.put(name, value);
            return new Step(operation, user, path, more, body, ifMatch, capture);
        }

        Step body(Supplier<String> given) {
            return new Step(operation, user, path, query, given, ifMatch, capture);
        }

        /** If-Match with the ETag of what the path (in S) answers now. */
        Step ifMatchOf(Supplier<String> resource) {
            return new Step(operation, user, path, query, body,
                    () -> HttpApi.as(user).get(resource.get() + "?company=" + s).assertStatus(200).header("ETag"),
                    capture);
        }

        Step ifMatch(Supplier<String> etag) {
            return new Step(operation, user, path, query, body, etag, capture);
        }

        /** Keeps the answer's id (and ETag) under a name for the steps after. */
        Step keeps(String name) {
            return new Step(operation, user, path, query, body, ifMatch, answer -> {
                JsonStructure json = answer.structure();
                JsonObject object = json instanceof JsonArray array ? array.getJsonObject(0) : (JsonObject) json;
                CAUGHT.put(name, object.get("id").toString());
                if (answer.header("ETag") != null) {
                    CAUGHT.put(name + " etag", answer.header("ETag"));
                }
            });
        }
    }

    private static Step step(String operation, String user) {
        return new Step(operation, user, new LinkedHashMap<>(), new LinkedHashMap<>(), null, null, answer -> { });
    }

    private static Supplier<String> caught(String name) {
        return () -> CAUGHT.get(name);
    }

    /** Every company-scoped operation, in an order in which each finds what it acts on. */
    private static List<Step> scenario() {
        return List.of(
                // ledger
                step("customersCreate", "erp"),
                step("customersList", "manager"),
                step("customersGet", "manager").with("account", "C1"),
                // the example creates C3 with its first credit limit, which later changes only by a request
                step("customersUpdate", "manager").with("account", "C3").ifMatchOf(() -> "/api/v1/customers/C3")
                        .body(() -> "{\"name\":\"Cobalt Ltd.\",\"reason\":\"the name as registered\"}"),
                step("customersOpenItems", "manager").with("account", "C1"),
                step("customersStatement", "manager").with("account", "C1"),
                step("customersSettlements", "manager").with("account", "C1"),
                step("customersAging", "manager").with("account", "C1"),
                step("customersHistory", "manager").with("account", "C3"),
                step("invoicesPost", "erp"),
                step("invoicesList", "manager"),
                step("invoicesGet", "manager").with("document", "INV-1"),
                step("invoicesCancel", "erp").with("document", "INV-5"),
                step("paymentsPost", "erp"),
                step("paymentsList", "manager"),
                step("paymentsGet", "manager").with("document", "PAY-1"),
                step("paymentsReverse", "erp").with("document", "PAY-3"),
                step("creditNotesPost", "erp"),
                step("creditNotesList", "manager"),
                step("creditNotesGet", "manager").with("document", "CN-1"),
                step("exchangeRatesPut", "erp"),
                step("exchangeRatesList", "manager"),
                step("importsImportFile", "erp").with("kind", "customers")
                        .body(() -> "account,name,currency,region\nC4,Delta Ltd,USD,NORTH\n"),
                step("settlementsSettle", "manager").keeps("settlement"),
                step("settlementsUndo", "manager").with("id", caught("settlement")),
                step("auditTrailTrail", "admin"),
                // credit
                step("creditChecksCheck", "erp").keeps("hold SO-77"),
                step("creditChecksByOrder", "erp").with("orderReference", "SO-77"),
                step("creditHoldsHolds", "credit"),
                step("creditHoldsHold", "credit").with("id", caught("hold SO-77")),
                step("creditHoldsRelease", "credit").with("id", caught("hold SO-77")),
                step("creditHoldsReject", "credit").with("id", caught("hold SO-78")),
                step("creditHoldsReevaluate", "credit").with("id", caught("hold SO-79")),
                step("limitRequestsRequest", "clerk").keeps("limit request"),
                step("limitRequestsList", "credit"),
                step("limitRequestsGet", "credit").with("id", caught("limit request")),
                step("limitRequestsApprove", "credit").with("id", caught("limit request")),
                step("limitRequestsReject", "credit").with("id", caught("limit request 2")),
                step("customerCreditGet", "credit").with("account", "C1"),
                step("customerCreditUpdate", "credit").with("account", "C1")
                        .ifMatchOf(() -> "/api/v1/customers/C1/credit"),
                step("customerCreditErpFigures", "erp").with("account", "C1"),
                step("customerCreditHistory", "credit").with("account", "C1"),
                step("customerCreditScore", "credit").with("account", "C1"),
                step("pluginConfigurationGet", "admin").with("plugin", "bureau-kestrel"),
                step("pluginConfigurationPut", "admin").with("plugin", "bureau-kestrel")
                        .ifMatchOf(() -> "/api/v1/plugins/bureau-kestrel/configuration")
                        .body(() -> ("{\"enabled\":true,\"settings\":{\"baseUrl\":\"%s\",\"oauth.tokenUrl\":"
                                + "\"%s/oauth/token\",\"oauth.clientId\":\"%s\"},\"secrets\":{\"oauth.clientSecret\":"
                                + "\"%s\"},\"reason\":\"bureau contract for S\"}").formatted(kestrel.baseUrl(),
                                kestrel.baseUrl(), StubKestrelBureau.CLIENT_ID, StubKestrelBureau.CLIENT_SECRET)),
                step("bureauReportRequest", "credit").with("account", "C1"),
                step("bureauReportList", "credit").with("account", "C1"),
                step("pluginConfigurationPut", "admin").with("plugin", "insurer-osprey")
                        .ifMatchOf(() -> "/api/v1/plugins/insurer-osprey/configuration")
                        .body(() -> osprey.configuration("insurance contract for S")),
                step("customerInsuranceCoverRequest", "credit").with("account", "C1").keeps("cover"),
                step("customerInsuranceCoverList", "credit").with("account", "C1"),
                step("insuranceCoversPending", "credit"),
                step("insuranceCoversGet", "credit").with("id", caught("cover")),
                step("insuranceCoversRefresh", "credit").with("id", caught("cover")),
                step("insuranceClaimsNotifyOverdue", "credit")
                        .body(() -> "{\"account\":\"C1\",\"invoices\":[\"INV-1\"],\"reason\":\"overdue\"}"),
                step("insuranceClaimsFile", "credit").keeps("claim")
                        .body(() -> "{\"account\":\"C1\",\"invoices\":[\"INV-2\"],\"reason\":\"insolvent\"}"),
                step("insuranceClaimsList", "credit"),
                step("insuranceClaimsGet", "credit").with("id", caught("claim")),
                step("insuranceClaimsRefresh", "credit").with("id", caught("claim")),
                step("customerInsurancePut", "credit").with("account", "C2"),
                step("customerInsuranceGet", "credit").with("account", "C2"),
                step("customerInsuranceDelete", "credit").with("account", "C2").query("reason", "cover ended"),
                step("limitGroupsPut", "credit").with("name", "NORDIC"),
                step("limitGroupsPut", "credit").with("name", "NORDIC").keeps("group change")
                        .body(() -> "{\"creditLimit\":\"20000.00\",\"currency\":\"USD\",\"reason\":\"more\"}"),
                step("creditChangesList", "credit"),
                step("creditChangesGet", "credit").with("id", caught("group change")),
                step("creditChangesApprove", "cfo").with("id", caught("group change")),
                step("limitGroupsList", "credit"),
                step("limitGroupsGet", "credit").with("name", "NORDIC"),
                step("riskScoresRun", "credit"),
                step("riskScoresList", "credit"),
                step("creditRulesCreate", "credit").keeps("rule"),
                step("creditRulesList", "credit"),
                step("creditRulesGet", "credit").with("id", caught("rule")),
                step("creditRulesUpdate", "credit").with("id", caught("rule")).ifMatch(caught("rule etag")),
                step("creditRulesDelete", "credit").with("id", caught("rule")).query("reason", "replaced")
                        .ifMatchOf(() -> "/api/v1/credit-rules/" + CAUGHT.get("rule")).keeps("rule deletion"),
                step("creditChangesReject", "cfo").with("id", caught("rule deletion")),
                step("creditRulesSettings", "credit"),
                step("creditRulesUpdateSettings", "credit").ifMatchOf(() -> "/api/v1/credit-rules/settings"),
                // collections
                step("poolsCreate", "manager"),
                step("poolsPools", "manager"),
                step("poolsPool", "manager").with("name", "north-usd"),
                step("poolsUpdate", "manager").with("name", "north-usd").ifMatchOf(() -> "/api/v1/pools/north-usd"),
                step("poolsCustomers", "manager").with("name", "north-usd"),
                step("poolsReassign", "manager").with("name", "north-usd"),
                step("agentsAssign", "manager").with("user", "agent-cover")
                        .ifMatchOf(() -> "/api/v1/agents/agent-cover"),
                step("poolsCreate", "manager").body(() -> "{\"name\":\"spare\",\"conditions\":[{\"field\":"
                        + "\"region\",\"operator\":\"=\",\"value\":\"WEST\"}]}"),
                step("poolsDelete", "manager").with("name", "spare").query("reason", "not needed")
                        .ifMatchOf(() -> "/api/v1/pools/spare"),
                step("agingList", "manager"),
                step("agingSnapshotsStart", "manager").keeps("snapshot"),
                step("agingSnapshotsList", "manager"),
                step("agingSnapshotsGet", "manager").with("id", caught("snapshot")),
                step("agingSnapshotsRows", "manager").with("id", caught("snapshot")),
                step("agingSnapshotsRestart", "manager").with("id", caught("failed snapshot")),
                step("workspaceOverview", "manager"),
                step("workspaceCustomer", "manager").with("account", "C1"),
                step("activitiesCreate", "manager").keeps("activity"),
                step("activitiesList", "manager"),
                step("activitiesGet", "manager").with("id", caught("activity")),
                step("activitiesReassign", "manager").with("id", caught("activity"))
                        .ifMatchOf(() -> "/api/v1/activities/" + CAUGHT.get("activity")),
                step("activitiesFollowUp", "manager").with("id", caught("activity")).keeps("follow-up"),
                step("activitiesClose", "manager").with("id", caught("activity"))
                        .ifMatchOf(() -> "/api/v1/activities/" + CAUGHT.get("activity")),
                step("activitiesCloseAll", "manager")
                        .body(() -> "{\"ids\":[" + CAUGHT.get("follow-up") + "],\"note\":\"done\"}"),
                step("casesOpen", "manager").keeps("case"),
                step("casesList", "manager"),
                step("casesGet", "manager").with("id", caught("case")),
                step("casesAdd", "manager").with("id", caught("case"))
                        .ifMatchOf(() -> "/api/v1/cases/" + CAUGHT.get("case")),
                step("casesStatus", "manager").with("id", caught("case"))
                        .ifMatchOf(() -> "/api/v1/cases/" + CAUGHT.get("case")),
                step("casesOwner", "manager").with("id", caught("case"))
                        .ifMatchOf(() -> "/api/v1/cases/" + CAUGHT.get("case")),
                step("casesNote", "manager").with("id", caught("case")),
                step("agencyHandoversRequest", "manager").keeps("handover")
                        .body(() -> "{\"caseId\":" + CAUGHT.get("agency case") + ",\"reason\":\"silent\"}"),
                step("agencyHandoversList", "manager"),
                step("agencyHandoversGet", "manager").with("id", caught("handover")),
                step("agencyHandoversApprove", "cfo").with("id", caught("handover big 1")),
                step("agencyHandoversReject", "cfo").with("id", caught("handover big 2")),
                step("agencyHandoversSend", "manager").with("id", caught("handover big 3")),
                step("agencyHandoversRecall", "manager").with("id", caught("handover")),
                step("agencyHandoversPoll", "manager"),
                step("agencyHandoversUnmatched", "manager"),
                step("timelineTimeline", "manager").with("account", "C1"),
                step("timelineNote", "manager").with("account", "C1"),
                step("collectionsHistoryHistory", "manager").with("account", "C1"),
                step("promisesCreate", "manager").keeps("promise"),
                step("promisesList", "manager"),
                step("promisesGet", "manager").with("id", caught("promise")),
                step("promisesPerformance", "manager"),
                step("promisesSettings", "manager"),
                step("promisesPutSettings", "manager"),
                step("promisesEvaluate", "manager"),
                step("promisesCancel", "manager").with("id", caught("promise"))
                        .ifMatchOf(() -> "/api/v1/promises/" + CAUGHT.get("promise")),
                step("disputesOpen", "manager").keeps("dispute"),
                step("disputesList", "manager"),
                step("disputesGet", "manager").with("id", caught("dispute")),
                step("disputesResolve", "manager").with("id", caught("dispute"))
                        .ifMatchOf(() -> "/api/v1/disputes/" + CAUGHT.get("dispute")),
                step("writeOffsRequest", "clerk").keeps("write-off"),
                step("writeOffsList", "credit"),
                step("writeOffsGet", "credit").with("id", caught("write-off")),
                step("writeOffsApprove", "credit").with("id", caught("write-off")),
                step("writeOffsReject", "credit").with("id", caught("write-off 2")),
                step("returnedPaymentsNsf", "manager").with("document", "PAY-1"),
                step("contactRestrictionsRestrict", "manager").keeps("restriction"),
                step("contactRestrictionsList", "manager"),
                step("contactRestrictionsGet", "manager").with("id", caught("restriction")),
                step("contactRestrictionsPermission", "manager").query("account", "C1"),
                step("contactRestrictionsLift", "manager").with("id", caught("restriction"))
                        .ifMatchOf(() -> "/api/v1/contact-restrictions/" + CAUGHT.get("restriction")),
                step("jobsList", "manager"),
                // ai
                step("customerSummarySummary", "manager").with("account", "C1"),
                step("draftsCreate", "manager").body(() -> "{\"account\":\"C1\",\"kind\":\"REMINDER_EMAIL\"}"),
                step("draftsList", "manager"),
                step("draftsGet", "manager").with("id", caught("draft")),
                step("draftsEdit", "manager").with("id", caught("draft"))
                        .ifMatchOf(() -> "/api/v1/drafts/" + CAUGHT.get("draft")),
                step("draftsApprove", "manager").with("id", caught("draft"))
                        .ifMatchOf(() -> "/api/v1/drafts/" + CAUGHT.get("draft")),
                step("draftsDiscard", "manager").with("id", caught("draft to discard"))
                        .ifMatchOf(() -> "/api/v1/drafts/" + CAUGHT.get("draft to discard")),
                step("repliesTriage", "manager").body(() -> "{\"account\":\"C1\",\"text\":\"We will pay INV-4 by"
                        + " December 31, 2099.\"}"),
                // dunning
                step("caseCategoriesPut", "manager").with("code", "LEGAL"),
                step("caseCategoriesList", "manager"),
                step("interestCodesPut", "manager").with("code", "STAT"),
                step("interestCodesList", "manager"),
                step("interestCodesGet", "manager").with("code", "STAT"),
                step("letterSequencesPut", "manager").with("code", "STRICT"),
                step("letterSequencesList", "manager"),
                step("letterSequencesGet", "manager").with("code", "STRICT"),
                step("letterSequencesAssign", "manager").with("account", "C2"),
                step("letterSequencesSequenceOf", "manager").with("account", "C2"),
                step("letterRunsCreate", "manager"),
                step("letterRunsList", "manager"),
                step("letterRunsGet", "manager").with("id", caught("run to post")),
                step("letterRunsLines", "manager").with("id", caught("run to post")),
                step("letterRunsEdit", "manager").with("id", caught("run to post")).with("line", "1"),
                step("letterRunsPost", "manager").with("id", caught("run to post"))
                        .ifMatchOf(() -> "/api/v1/letter-runs/" + CAUGHT.get("run to post")),
                step("letterRunsCancel", "manager").with("id", caught("run to cancel"))
                        .ifMatchOf(() -> "/api/v1/letter-runs/" + CAUGHT.get("run to cancel")),
                step("letterRunsRestart", "manager").with("id", caught("failed run")),
                step("lettersList", "manager"),
                step("lettersGet", "manager").with("id", caught("letter")),
                step("lettersPdf", "manager").with("id", caught("letter")),
                step("lettersResend", "manager").with("id", caught("letter")),
                step("outboxList", "manager"),
                step("outboxGet", "manager").with("id", caught("email")),
                step("outboxRetry", "manager").with("id", caught("email"))
                        .ifMatchOf(() -> "/api/v1/outbox/" + CAUGHT.get("email")),
                step("outboxCancel", "manager").with("id", caught("email"))
                        .ifMatchOf(() -> "/api/v1/outbox/" + CAUGHT.get("email")),
                step("interestNotesWaiveLimit", "manager").with("user", "agent1"),
                step("interestNotesPreview", "manager")
                        .body(() -> "{\"account\":\"C1\",\"interestCode\":\"INT8\"}"),
                step("interestNotesPost", "manager").keeps("interest note")
                        .body(() -> "{\"account\":\"C1\",\"interestCode\":\"INT8\"}"),
                step("interestNotesList", "manager"),
                step("interestNotesGet", "manager").with("id", caught("interest note")),
                step("interestNotesWaive", "manager").with("id", caught("interest note"))
                        .ifMatchOf(() -> "/api/v1/interest-notes/" + CAUGHT.get("interest note")),
                step("interestNotesApprove", "credit").with("id", caught("interest note"))
                        .ifMatchOf(() -> "/api/v1/interest-notes/" + CAUGHT.get("interest note")),
                step("interestNotesReinstate", "manager").with("id", caught("interest note"))
                        .ifMatchOf(() -> "/api/v1/interest-notes/" + CAUGHT.get("interest note")),
                step("interestNotesReverse", "manager").with("id", caught("interest note"))
                        .ifMatchOf(() -> "/api/v1/interest-notes/" + CAUGHT.get("interest note")),
                step("interestNotesReject", "credit").with("id", caught("waiver to reject"))
                        .ifMatchOf(() -> "/api/v1/interest-notes/" + CAUGHT.get("waiver to reject"))
                        .body(() -> "{\"note\":\"no goodwill this time\"}"),
                step("postingsRead", "erp"));
    }
}
