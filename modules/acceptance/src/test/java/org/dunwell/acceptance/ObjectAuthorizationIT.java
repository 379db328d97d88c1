package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dunwell.acceptance.OpenApiOperations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 2, generated from the published OpenAPI document: every operation with an object in its path is
 * called by every demo user on an object the user sees, one it does not see (agents: a customer outside their
 * pools) and one that does not exist. A hidden object must get the very answer a made-up one gets (status, title,
 * and the detail with the id in its place) and must not name the hidden customer; a visible one must not get
 * that answer; nothing answers 5xx. The test fails when the document has an operation with a path parameter it
 * does not know how to fill.
 */
class ObjectAuthorizationIT {

    private static final List<String> USERS = List.of("admin", "erp", "manager", "agent1", "agent2", "credit", "clerk",
            "cfo");
    private static final String MADE_UP_ID = "987654321";
    private static String company;
    private static String q;
    /** kind → side (N, S) → id; N is agent1's (NORTH), S agent2's (SOUTH). */
    private static final Map<String, Map<String, String>> OBJECTS = new LinkedHashMap<>();

    /** What fills a path parameter: a kind whose objects belong to a customer (or a pool), or one that does not. */
    private record Kind(String name, boolean scoped, String madeUp) {
    }

    /** Operations whose object belongs to no customer: only the made-up object is asked for. */
    private static final Map<String, Kind> UNSCOPED = Map.ofEntries(
            Map.entry("/api/v1/agents/{user}", new Kind("user", false, "nobody-at-all")),
            Map.entry("/api/v1/aging-definitions/{name}", new Kind("definition", false, "no-such-definition")),
            Map.entry("/api/v1/aging-snapshots/{id}", new Kind("snapshot", false, MADE_UP_ID)),
            Map.entry("/api/v1/companies/{code}", new Kind("company", false, "NOCO")),
            Map.entry("/api/v1/credit-changes/{id}", new Kind("credit change", false, MADE_UP_ID)),
            Map.entry("/api/v1/credit-rules/{id}", new Kind("credit rule", false, MADE_UP_ID)),
            Map.entry("/api/v1/credit-limit-groups/{name}", new Kind("limit group", false, "NO-GROUP")),
            Map.entry("/api/v1/imports/{kind}", new Kind("import kind", false, "nothing")),
            Map.entry("/api/v1/letter-sequences/{code}", new Kind("letter sequence", false, "NO-SEQUENCE")),
            Map.entry("/api/v1/interest-codes/{code}", new Kind("interest code", false, "NO-CODE")),
            Map.entry("/api/v1/letter-runs/{id}", new Kind("letter run", false, MADE_UP_ID)),
            Map.entry("/api/v1/outbox/{id}", new Kind("email", false, MADE_UP_ID)),
            Map.entry("/api/v1/case-categories/{code}", new Kind("case category", false, "NO-CATEGORY")),
            Map.entry("/api/v1/plugins/{plugin}", new Kind("plugin", false, "no-such-plugin")),
            // cover requests are for the credit roles, which see every customer; agents are refused them (403)
            Map.entry("/api/v1/insurance-covers/{id}", new Kind("cover request", false, MADE_UP_ID)),
            // hand-overs belong to a customer, but need an agency: AgencyHandoverIT walks an agent outside the pool
            Map.entry("/api/v1/agency-handovers/{id}", new Kind("hand-over", false, MADE_UP_ID)),
            // notices and claims are for the credit roles, which see every customer; agents are refused them (403)
            Map.entry("/api/v1/insurance-claims/{id}", new Kind("claim", false, MADE_UP_ID)),
            Map.entry("/api/v1/interest-notes/waive-limits/{user}", new Kind("user", false, "nobody-at-all")));

    @BeforeAll
    static void twoRegionsOfObjects() {
        company = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        HttpApi.as("admin").postJson("/api/v1/companies", "{\"code\":\"" + company
                + "\",\"name\":\"Object IT\",\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        HttpApi erp = HttpApi.as("erp");
        erp.post("/api/v1/imports/customers" + q, "text/csv", """
                account,name,currency,region,credit_limit
                N1,North One,EUR,NORTH,100.00
                S1,South One,EUR,SOUTH,100.00
                """).assertStatus(200);
        erp.post("/api/v1/imports/invoices" + q, "text/csv", """
                document,account,document_date,due_date,currency,amount
                NI,N1,2026-09-01,2026-10-01,EUR,300.00
                NJ,N1,2026-09-02,2026-10-02,EUR,300.00
                SI,S1,2026-09-01,2026-10-01,EUR,300.00
                SJ,S1,2026-09-02,2026-10-02,EUR,300.00
                """).assertStatus(200);
        erp.post("/api/v1/imports/payments" + q, "text/csv", """
                document,account,date,currency,amount
                NP,N1,2026-10-15,EUR,50.00
                SP,S1,2026-10-15,EUR,50.00
                """).assertStatus(200);
        erp.post("/api/v1/imports/credit-notes" + q, "text/csv", """
                document,account,document_date,currency,amount
                NC,N1,2026-10-16,EUR,10.00
                SC,S1,2026-10-16,EUR,10.00
                """).assertStatus(200);
        HttpApi manager = HttpApi.as("manager");
        // a letter for each customer, before the pauses and promises below would keep them out of a letter run
        DunningSteps.standardSequence(company);
        DunningSteps.post(company, DunningSteps.propose(company, HttpApi.as("admin").get("/api/v1/admin/business-date")
                .assertStatus(200).json().getString("date")));
        manager.request("PUT", "/api/v1/interest-codes/INT8" + q, null, "{\"basis\":\"ACTUAL_365\",\"calculation\":"
                + "\"FROM_DUE_DATE\",\"rates\":[{\"validFrom\":\"2000-01-01\",\"percent\":\"8\"}],\"reason\":\"test\"}")
                .assertStatus(200);
        for (String side : List.of("N", "S")) {
            put("letter", side, DunningSteps.letters(manager, company, side + "1").get(0).getJsonNumber("id")
                    .toString());
            put("interest note", side, id(manager.postJson("/api/v1/interest-notes" + q, "{\"account\":\"" + side
                    + "1\",\"interestCode\":\"INT8\"}")));
        }
        for (String[] region : new String[][] {{"N", "NORTH", "agent1"}, {"S", "SOUTH", "agent2"}}) {
            String side = region[0];
            String pool = "zone-" + side.toLowerCase();
            manager.postJson("/api/v1/pools" + q, "{\"name\":\"" + pool + "\",\"conditions\":[{\"field\":\"region\","
                    + "\"operator\":\"=\",\"value\":\"" + region[1] + "\"}]}").assertStatus(201);
            manager.postJson("/api/v1/pools/" + pool + "/reassign" + q, "{\"to\":\"" + region[2] + "\","
                    + "\"reason\":\"object test\"}").assertStatus(200);
            String account = side + "1";
            put("customer", side, account);
            put("draft", side, id(manager.postJson("/api/v1/drafts" + q, "{\"account\":\"" + account
                    + "\",\"kind\":\"REMINDER_EMAIL\"}")));
            put("invoice", side, side + "I");
            put("payment", side, side + "P");
            put("credit note", side, side + "C");
            put("pool", side, pool);
            put("activity", side, id(manager.postJson("/api/v1/activities" + q, "{\"account\":\"" + account
                    + "\",\"type\":\"CALL\",\"purpose\":\"ask\"}")));
            put("case", side, id(manager.postJson("/api/v1/cases" + q, "{\"title\":\"case\",\"category\":\"GENERAL\","
                    + "\"documents\":[\"" + side + "I\"]}")));
            put("promise", side, id(manager.postJson("/api/v1/promises" + q, "{\"account\":\"" + account
                    + "\",\"amount\":\"10.00\",\"promisedOn\":\"2030-01-31\",\"documents\":[\"" + side + "J\"]}")));
            put("dispute", side, id(manager.postJson("/api/v1/disputes" + q, "{\"document\":\"" + side
                    + "J\",\"amount\":\"5.00\",\"reasonCode\":\"PRICE\"}")));
            put("write-off", side, id(HttpApi.as("clerk").postJson("/api/v1/write-offs" + q, "{\"document\":\""
                    + side + "I\",\"amount\":\"1.00\",\"reasonCode\":\"SMALL_BALANCE\"}")));
            put("restriction", side, id(manager.postJson("/api/v1/contact-restrictions" + q, "{\"account\":\""
                    + account + "\",\"kind\":\"PAUSED\",\"reason\":\"test\",\"until\":\"2030-01-31\"}")));
            put("limit request", side, id(HttpApi.as("clerk").postJson("/api/v1/credit-limit-requests" + q,
                    "{\"account\":\"" + account + "\",\"requestedLimit\":\"200.00\",\"reason\":\"test\"}")));
            JsonObject held = erp.postJson("/api/v1/credit-checks" + q, "{\"account\":\"" + account
                    + "\",\"amount\":\"900.00\",\"currency\":\"EUR\",\"orderReference\":\"SO-" + side + "\"}")
                    .assertStatus(200).json();
            put("credit hold", side, held.getJsonNumber("id").toString());
            put("order", side, "SO-" + side);
            put("settlement", side, manager.postJson("/api/v1/settlements" + q, "{\"credit\":\"" + side + "P\","
                    + "\"debits\":[\"" + side + "I\"]}").assertStatus(200).structure().asJsonArray().getJsonObject(0)
                    .getJsonNumber("id").toString());
        }
    }

    /** zone-n worked by agent1 alone (NORTH), zone-s by agent2 alone (SOUTH), as the fixtures need them. */
    private static void resetPools() {
        HttpApi manager = HttpApi.as("manager");
        for (String[] pool : new String[][] {{"zone-n", "NORTH", "agent1"}, {"zone-s", "SOUTH", "agent2"}}) {
            String path = "/api/v1/pools/" + pool[0] + q;
            String conditions = "{\"conditions\":[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"" + pool[1]
                    + "\"}]}";
            HttpApi.Answer found = manager.get(path);
            if (found.status() == 404) {
                manager.postJson("/api/v1/pools" + q, conditions.replace("{\"conditions\"", "{\"name\":\"" + pool[0]
                        + "\",\"conditions\"")).assertStatus(201);
            } else {
                manager.putJson(path, found.assertStatus(200).header("ETag"), conditions).assertStatus(200);
            }
            manager.postJson("/api/v1/pools/" + pool[0] + "/reassign" + q, "{\"to\":\"" + pool[2]
                    + "\",\"reason\":\"object test\"}").assertStatus(200);
        }
    }

    private static void put(String kind, String side, String id) {
        OBJECTS.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(side, id);
    }

    private static String id(HttpApi.Answer created) {
        return created.assertStatus(201).json().getJsonNumber("id").toString();
    }

    /** The kind of object a path's parameter names, or null when the test does not know it. */
    private static String kindOf(String path) {
        if (path.startsWith("/api/v1/customers/{account}") || path.startsWith("/api/v1/workspace/customers/{account}")) {
            return "customer";
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("/api/v1/invoices/{document}", "invoice");
        prefixes.put("/api/v1/payments/{document}", "payment");
        prefixes.put("/api/v1/credit-notes/{document}", "credit note");
        prefixes.put("/api/v1/pools/{name}", "pool");
        prefixes.put("/api/v1/activities/{id}", "activity");
        prefixes.put("/api/v1/cases/{id}", "case");
        prefixes.put("/api/v1/promises/{id}", "promise");
        prefixes.put("/api/v1/disputes/{id}", "dispute");
        prefixes.put("/api/v1/write-offs/{id}", "write-off");
        prefixes.put("/api/v1/contact-restrictions/{id}", "restriction");
        prefixes.put("/api/v1/credit-limit-requests/{id}", "limit request");
        prefixes.put("/api/v1/credit-holds/{id}", "credit hold");
        prefixes.put("/api/v1/credit-checks/{orderReference}", "order");
        prefixes.put("/api/v1/settlements/{id}", "settlement");
        prefixes.put("/api/v1/letters/{id}", "letter");
        prefixes.put("/api/v1/interest-notes/{id}", "interest note");
        prefixes.put("/api/v1/drafts/{id}", "draft");
        prefixes.put("/api/v1/letter-sequences/customers/{account}", "customer");
        return prefixes.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String parameterOf(String path) {
        int open = path.indexOf('{');
        return path.substring(open + 1, path.indexOf('}', open));
    }

    @Test
    void hiddenAndMadeUpObjectsGetTheSameAnswerForEveryOperationAndRole() {
        List<String> unmapped = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        int calls = 0;
        int operations = 0;
        // the pools' operations last, each after the pools are as the test set them up: a manager's reassign or
        // change of a pool would change what the agents see for every operation after it
        List<Operation> ordered = new ArrayList<>(OpenApiOperations.all());
        ordered.sort(Comparator.comparing(o -> o.path().startsWith("/api/v1/pools/")));
        for (Operation operation : ordered) {
            if (!operation.path().contains("{")) {
                continue;
            }
            if (operation.path().startsWith("/api/v1/pools/")) {
                resetPools();
            }
            String unscopedPrefix = UNSCOPED.keySet().stream().filter(p -> operation.path().startsWith(p)).findFirst()
                    .orElse(null);
            String kind = kindOf(operation.path());
            if (kind == null && unscopedPrefix == null) {
                unmapped.add(operation.toString());
                continue;
            }
            operations++;
            for (String user : USERS) {
                if (kind == null) {
                    // no customer behind it: nothing to hide (a PUT may create it, an agent's record reads as empty)
                    String madeUp = UNSCOPED.get(unscopedPrefix).madeUp();
                    HttpApi.Answer answer = call(operation, user, madeUp);
                    calls++;
                    if (answer.status() >= 500) {
                        defects.add(operation + " as " + user + " on a made-up " + UNSCOPED.get(unscopedPrefix)
                                .name() + ": " + answer.status());
                    }
                    continue;
                }
                String visibleSide = "agent2".equals(user) ? "S" : "N";
                String hiddenSide = "N".equals(visibleSide) ? "S" : "N";
                boolean scoped = user.startsWith("agent");
                String madeUp = "customer".equals(kind) || "credit note".equals(kind) || "invoice".equals(kind)
                        || "payment".equals(kind) || "pool".equals(kind) || "order".equals(kind) ? "NOPE-42" : MADE_UP_ID;
                Answer none = Answer.of(call(operation, user, madeUp), madeUp);
                calls++;
                String where = operation + " as " + user;
                if (none.status() >= 500 || none.status() < 400) {
                    defects.add(where + " on a made-up " + kind + ": " + none);
                }
                if (scoped) {
                    String hiddenId = OBJECTS.get(kind).get(hiddenSide);
                    HttpApi.Answer raw = call(operation, user, hiddenId);
                    calls++;
                    Answer hidden = Answer.of(raw, hiddenId);
                    if (!hidden.equals(none)) {
                        defects.add(where + ": a hidden " + kind + " answers " + hidden + ", a made-up one " + none);
                    }
                    // a customer's account the caller gave is echoed as a made-up one's is; any other object must not
                    // give its customer away
                    String hiddenAccount = hiddenSide + "1";
                    if (!"customer".equals(kind) && (raw.body().contains("\"" + hiddenAccount + "\"")
                            || raw.body().contains("'" + hiddenAccount + "'"))) {
                        defects.add(where + ": the answer names the hidden customer " + hiddenAccount);
                    }
                }
                String visibleId = OBJECTS.get(kind).get(visibleSide);
                Answer visible = Answer.of(call(operation, user, visibleId), visibleId);
                calls++;
                if (visible.status() >= 500) {
                    defects.add(where + " on a visible " + kind + ": " + visible);
                }
                if (none.status() == 404 && visible.equals(none)) {
                    defects.add(where + ": a visible " + kind + " answers as a made-up one: " + visible);
                }
            }
        }
        System.out.printf("Object authorization: %d operations with an object in the path, %d calls, %d defects%n",
                operations, calls, defects.size());
        assertThat(unmapped).as("operations with a path parameter the test does not know how to fill").isEmpty();
        assertThat(defects).as("answers that reveal a hidden object or fail").isEmpty();
    }

    /**
     * A body whose {@code @field} tokens name objects: {@code fields} gives each token its kind and the object it
     * names by default ({@code V}: the caller's own side, N or S), so that only the field under test changes.
     */
    private record BodyCase(String body, Map<String, String[]> fields) {
    }

    private static String[] field(String kind, String visible) {
        return new String[] {kind, visible};
    }

    /** Operations that name objects in their body, by operation id. */
    private static Map<String, List<BodyCase>> bodyCases() {
        Map<String, List<BodyCase>> cases = new LinkedHashMap<>();
        cases.put("activitiesCreate", List.of(new BodyCase("{\"account\":@account,\"type\":\"CALL\",\"purpose\":\"p\","
                + "\"caseId\":@caseId,\"documents\":[@documents]}", Map.of("account", field("customer", "V1"),
                "caseId", field("case", null), "documents", field("invoice", "VI")))));
        cases.put("interestNotesPreview", List.of(new BodyCase("{\"account\":@account,\"interestCode\":\"INT8\"}",
                Map.of("account", field("customer", "V1")))));
        cases.put("interestNotesPost", List.of(new BodyCase("{\"account\":@account,\"interestCode\":\"INT8\"}",
                Map.of("account", field("customer", "V1")))));
        cases.put("activitiesCloseAll", List.of(new BodyCase("{\"ids\":[@ids]}", Map.of("ids",
                field("activity", null)))));
        cases.put("casesOpen", List.of(new BodyCase("{\"title\":\"t\",\"documents\":[@documents]}",
                Map.of("documents", field("invoice", "VI")))));
        cases.put("contactRestrictionsRestrict", List.of(
                new BodyCase("{\"account\":@account,\"kind\":\"DO_NOT_CONTACT\",\"reason\":\"r\"}",
                        Map.of("account", field("customer", "V1"))),
                new BodyCase("{\"account\":\"V1\",\"document\":@document,\"kind\":\"PAUSED\",\"reason\":\"r\","
                        + "\"until\":\"2030-01-01\"}", Map.of("document", field("invoice", "VI")))));
        cases.put("creditChecksCheck", List.of(new BodyCase("{\"account\":@account,\"amount\":\"1.00\","
                + "\"currency\":\"EUR\"}", Map.of("account", field("customer", "V1")))));
        cases.put("limitRequestsRequest", List.of(new BodyCase("{\"account\":@account,\"requestedLimit\":\"1.00\","
                + "\"reason\":\"r\"}", Map.of("account", field("customer", "V1")))));
        cases.put("disputesOpen", List.of(new BodyCase("{\"document\":@document,\"amount\":\"1.00\","
                + "\"reasonCode\":\"PRICE\"}", Map.of("document", field("invoice", "VJ")))));
        cases.put("promisesCreate", List.of(new BodyCase("{\"account\":@account,\"amount\":\"1.00\","
                + "\"promisedOn\":\"2030-01-31\",\"documents\":[@documents]}", Map.of("account",
                field("customer", "V1"), "documents", field("invoice", "VJ")))));
        cases.put("settlementsSettle", List.of(new BodyCase("{\"credit\":@credit,\"debits\":[@debits],"
                + "\"maxAmount\":\"0.01\"}", Map.of("credit", field("payment", "VP"), "debits",
                field("invoice", "VJ")))));
        cases.put("writeOffsRequest", List.of(new BodyCase("{\"document\":@document,\"amount\":\"1.00\","
                + "\"reasonCode\":\"SMALL_BALANCE\"}", Map.of("document", field("invoice", "VJ")))));
        cases.put("draftsCreate", List.of(new BodyCase("{\"account\":@account,\"kind\":\"REMINDER_EMAIL\"}",
                Map.of("account", field("customer", "V1")))));
        for (String claims : List.of("insuranceClaimsFile", "insuranceClaimsNotifyOverdue")) {
            cases.put(claims, List.of(new BodyCase("{\"account\":@account,\"invoices\":[\"VI\"],\"reason\":\"r\"}",
                    Map.of("account", field("customer", "V1")))));
        }
        cases.put("agencyHandoversRequest", List.of(new BodyCase("{\"caseId\":@caseId,\"reason\":\"silent\"}",
                Map.of("caseId", field("case", null)))));
        cases.put("repliesTriage", List.of(new BodyCase("{\"account\":@account,\"text\":\"We will pay NI.\"}",
                Map.of("account", field("customer", "V1")))));
        return cases;
    }

    /** Operations whose body names a new object's key (the ERP's creations), not an object to look up. */
    private static final List<String> CREATES = List.of("customersCreate", "invoicesPost", "paymentsPost",
            "creditNotesPost");

    @Test
    void objectsNamedInABodyAreHiddenAsMadeUpOnesAre() {
        Map<String, List<BodyCase>> cases = bodyCases();
        List<String> unmapped = new ArrayList<>();
        List<String> defects = new ArrayList<>();
        int calls = 0;
        for (Operation operation : OpenApiOperations.all()) {
            JsonObject schema = operation.body() == null ? null : OpenApiOperations.resolve(operation.body());
            boolean namesObjects = schema != null && schema.containsKey("properties") && schema.getJsonObject(
                    "properties").keySet().stream().anyMatch(List.of("account", "document", "documents", "caseId",
                    "credit", "debits", "ids")::contains);
            if (!namesObjects || operation.path().contains("{") || CREATES.contains(operation.id())) {
                continue;
            }
            if (!cases.containsKey(operation.id())) {
                unmapped.add(operation.toString());
                continue;
            }
            for (BodyCase body : cases.get(operation.id())) {
                for (String user : List.of("agent1", "agent2")) {
                    String visible = "agent1".equals(user) ? "N" : "S";
                    String hidden = "N".equals(visible) ? "S" : "N";
                    for (Map.Entry<String, String[]> field : body.fields().entrySet()) {
                        String kind = field.getValue()[0];
                        String madeUp = List.of("customer", "invoice", "payment").contains(kind) ? "NOPE-42" : MADE_UP_ID;
                        String hiddenId = OBJECTS.get(kind).get(hidden);
                        Answer none = Answer.of(send(operation, user, with(body, visible, field.getKey(), madeUp)),
                                madeUp);
                        HttpApi.Answer raw = send(operation, user, with(body, visible, field.getKey(), hiddenId));
                        Answer seen = Answer.of(raw, hiddenId);
                        calls += 2;
                        String where = operation + " as " + user + " with a " + kind + " in " + field.getKey();
                        if (none.status() >= 500 || seen.status() >= 500) {
                            defects.add(where + ": " + none + " / " + seen);
                        }
                        if (!seen.equals(none)) {
                            defects.add(where + ": a hidden one answers " + seen + ", a made-up one " + none);
                        }
                        // an account the caller gave is echoed as a made-up one is; any other object must not give
                        // its customer away
                        if (!"customer".equals(kind) && raw.body().contains(hidden + "1")) {
                            defects.add(where + ": the answer names the hidden customer " + hidden + "1");
                        }
                    }
                }
            }
        }
        System.out.printf("Object authorization in bodies: %d operations, %d calls, %d defects%n", cases.size(), calls,
                defects.size());
        assertThat(unmapped).as("operations naming objects in their body that the test does not fill").isEmpty();
        assertThat(defects).as("answers that reveal a hidden object named in a body").isEmpty();
    }

    /** The body naming side {@code side}'s objects, with {@code value} in {@code tested} instead. */
    private static String with(BodyCase body, String side, String tested, String value) {
        String text = body.body();
        for (Map.Entry<String, String[]> field : body.fields().entrySet()) {
            String kind = field.getValue()[0];
            String given = field.getKey().equals(tested) ? value : field.getValue()[1] == null
                    ? OBJECTS.get(kind).get(side) : field.getValue()[1].replace("V", side);
            boolean number = List.of("case", "activity").contains(kind);
            text = text.replace("@" + field.getKey(), number && given.matches("\\d+") ? given : "\"" + given + "\"");
        }
        return text.replace("\"V1\"", "\"" + side + "1\"");
    }

    private static HttpApi.Answer send(Operation operation, String user, String body) {
        return HttpApi.as(user).exchange(operation.method(), operation.path() + q, Map.of("Content-Type",
                "application/json"), body);
    }

    /** Sends the operation with {@code id} in its path parameter, the example body and required query values. */
    private static HttpApi.Answer call(Operation operation, String user, String id) {
        // the object under test in the first parameter; a second one (a line of a letter run) names its first
        String path = operation.path().replace("{" + parameterOf(operation.path()) + "}",
                URLEncoder.encode(id, StandardCharsets.UTF_8)).replaceAll("\\{[^}]+}", "1");
        StringBuilder uri = new StringBuilder(path).append(q);
        for (JsonObject parameter : operation.parameters("query")) {
            String name = parameter.getString("name");
            if (parameter.getBoolean("required", false) && !"company".equals(name)) {
                uri.append('&').append(name).append('=').append(name.toLowerCase().contains("date")
                        || name.equals("asOf") ? "2026-11-22" : "x");
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String body = null;
        if (operation.body() != null) {
            headers.put("Content-Type", operation.bodyMediaType());
            JsonObject schema = OpenApiOperations.resolve(operation.body());
            body = schema != null && schema.containsKey("example") ? schema.get("example").toString() : "{}";
        }
        if (!operation.parameters("header").isEmpty()) {
            headers.put("If-Match", "\"0\"");
        }
        return HttpApi.as(user).exchange(operation.method(), uri.toString(), headers, body);
    }

    /** What must match between a hidden and a made-up object: status, title, and the detail with the id as {id}. */
    private record Answer(int status, String title, String detail) {

        static Answer of(HttpApi.Answer answer, String id) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return new Answer(answer.status(), null, null);
            }
            JsonObject problem = answer.json();
            String detail = problem.getString("detail", "").replace(id, "{id}");
            return new Answer(answer.status(), problem.getString("title", null), detail);
        }
    }
}
