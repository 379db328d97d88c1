package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.dunwell.acceptance.OpenApiOperations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fuzz test generated from the published OpenAPI document: every operation it lists receives
 * out-of-range, wrong-type, missing, over-long and unicode-edge values, in its path, query, headers
 * and body, as every role that may call it. No answer may be a 5xx, every 4xx must be a problem, and a
 * refused change must have written nothing (the company's audit trail and the ledger's documents
 * keep their counts). A seeded sample of each operation's cases keeps it within a fixed budget
 * ({@code dunwell.fuzz.casesPerRole}, default 4; {@code dunwell.fuzz.seed}). The published-document
 * check (PublishedDocument) also holds every answer to its documented status and schema.
 */
class ApiFuzzIT {

    private static final int CASES_PER_ROLE = Integer.getInteger("dunwell.fuzz.casesPerRole", 4);
    private static final long SEED = Long.getLong("dunwell.fuzz.seed", 20261203L);
    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static String company;

    @BeforeAll
    static void aCompanyToFuzzIn() {
        company = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Fuzz\",\"accountingCurrency\":"
                + "\"EUR\"}").assertStatus(201);
        HttpApi erp = HttpApi.as("erp");
        erp.post("/api/v1/imports/customers?company=" + company, "text/csv",
                "account,name,currency,region,credit_limit\nZ1,Zed One,EUR,NORTH,1000.00\nZ2,Zed Two,EUR,WEST,\n")
                .assertStatus(200);
        erp.post("/api/v1/imports/invoices?company=" + company, "text/csv",
                "document,account,document_date,due_date,currency,amount\n"
                        + "ZI-1,Z1,2026-09-01,2026-10-01,EUR,1000.00\nZI-2,Z2,2026-10-01,2026-11-01,EUR,250.00\n")
                .assertStatus(200);
        erp.post("/api/v1/imports/payments?company=" + company, "text/csv",
                "document,account,date,currency,amount\nZP-1,Z1,2026-10-20,EUR,100.00\n").assertStatus(200);
    }

    @Test
    void noInputAnswers5xxEveryRefusalIsAProblemAndWritesNothing() {
        String businessDate = ADMIN.get("/api/v1/admin/business-date").assertStatus(200).json().getString("date");
        Random random = new Random(SEED);
        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        int refusedChanges = 0;
        boolean jobsStarted = false;
        long started = System.nanoTime();
        try {
            for (Operation operation : OpenApiOperations.all()) {
                operations++;
                List<Case> cases = cases(operation);
                for (String role : operation.roles()) {
                    HttpApi caller = HttpApi.as(OpenApiOperations.userOf(role));
                    List<Case> sample = new ArrayList<>(cases);
                    Collections.shuffle(sample, random);
                    if (jobsStarted && operation.writes()) {
                        awaitNoRunningJob();
                        jobsStarted = false;
                    }
                    Marks before = operation.writes() ? Marks.read(company) : null;
                    boolean changed = false;
                    for (Case fuzz : sample.subList(0, Math.min(CASES_PER_ROLE, sample.size()))) {
                        HttpApi.Answer answer;
                        try {
                            answer = caller.exchange(operation.method(), fuzz.uri(), fuzz.headers(), fuzz.body());
                        } catch (AssertionError documentLies) {
                            defects.add(operation + " as " + role + " with " + fuzz.what() + ": "
                                    + documentLies.getMessage());
                            continue;
                        }
                        requests++;
                        byStatus.merge(answer.status() / 100 + "xx", 1, Integer::sum);
                        String where = operation + " as " + role + " with " + fuzz.what() + " answered "
                                + answer.status() + ": " + abbreviate(answer.body());
                        if (answer.status() >= 500) {
                            defects.add(where);
                        } else if (answer.status() >= 400) {
                            if (!isProblem(answer)) {
                                defects.add(where + " (not a problem+json)");
                            }
                            if (operation.writes() && !changed) {
                                refusedChanges++;
                                Marks after = Marks.read(company);
                                if (!after.equals(before)) {
                                    defects.add(where + " — and wrote something: " + before + " → " + after);
                                    before = after;
                                }
                            }
                        } else if (operation.writes()) {
                            changed = true;
                            jobsStarted |= answer.status() == 202;
                        }
                    }
                }
            }
        } finally {
            ADMIN.putJson("/api/v1/admin/business-date", null, "{\"date\":\"" + businessDate + "\"}");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("API fuzz on %s: %d operations of the document, %d requests (%s), %d refused changes"
                        + " checked for writes, %d defects, %d s (seed %d, %d cases per role)%n",
                InServerTier.database(), operations, requests, byStatus, refusedChanges, defects.size(), seconds,
                SEED, CASES_PER_ROLE);
        assertThat(operations).as("operations of the document").isEqualTo(OpenApiOperations.all().size())
                .isGreaterThan(100);
        assertThat(defects).as("5xx answers, refusals that are no problem, refusals that wrote").isEmpty();
    }

    /** A job a successful request started writes as it runs: the counts hold still once none runs. */
    private static void awaitNoRunningJob() {
        for (int i = 0; i < 240; i++) {
            boolean running = ADMIN.get("/api/v1/jobs?size=500&company=" + company).assertStatus(200).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(run -> List.of("STARTING", "STARTED", "STOPPING").contains(run.getString("status")));
            if (!running) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A request the fuzzer sends, and what it is. */
    record Case(String what, String uri, Map<String, String> headers, String body) {
    }

    /** The counts a refused change must leave as they were. */
    record Marks(long audit, long invoices, long payments, long creditNotes, long companies) {

        static Marks read(String company) {
            String q = "?size=1&company=" + company;
            return new Marks(total("/api/v1/audit-trail" + q), total("/api/v1/invoices" + q),
                    total("/api/v1/payments" + q), total("/api/v1/credit-notes" + q),
                    total("/api/v1/companies?size=1"));
        }

        private static long total(String path) {
            return ADMIN.get(path).assertStatus(200).json().getJsonNumber("total").longValue();
        }
    }

    /** Every case of one operation: each parameter and each body member spoiled in each way, one at a time. */
    static List<Case> cases(Operation operation) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        operation.parameters("path").forEach(p -> path.put(p.getString("name"), validPath(p.getString("name"))));
        Map<String, String> query = new LinkedHashMap<>();
        if (operation.companyScoped()) {
            query.put("company", company);
        }
        String body = operation.body() == null ? null : valid(operation.body(), 0).toString();
        Map<String, String> headers = new LinkedHashMap<>();
        if (operation.body() != null) {
            headers.put("Content-Type", operation.bodyMediaType());
        }
        Function<Map<String, String>, String> uri = q -> uri(operation.path(), path, q);

        for (JsonObject parameter : operation.parameters("path")) {
            String name = parameter.getString("name");
            for (String bad : badPath(OpenApiOperations.resolve(parameter.getJsonObject("schema")))) {
                Map<String, String> spoiled = new LinkedHashMap<>(path);
                spoiled.put(name, bad);
                cases.add(new Case("path " + name + "=" + show(bad), uri(operation.path(), spoiled, query), headers,
                        body));
            }
        }
        for (JsonObject parameter : operation.parameters("query")) {
            String name = parameter.getString("name");
            for (String bad : badQuery(name, parameter.getJsonObject("schema"))) {
                Map<String, String> spoiled = new LinkedHashMap<>(query);
                spoiled.put(name, bad);
                cases.add(new Case("query " + name + "=" + show(bad), uri.apply(spoiled), headers, body));
            }
        }
        for (JsonObject parameter : operation.parameters("header")) {
            String name = parameter.getString("name");
            for (String bad : List.of("abc", "\"-1\"", "\"99999999999999999999\"", "W/\"x\"", "*", "\"")) {
                Map<String, String> spoiled = new LinkedHashMap<>(headers);
                spoiled.put(name, bad);
                cases.add(new Case("header " + name + "=" + bad, uri.apply(query), spoiled, body));
            }
        }
        if (operation.body() != null && operation.bodyMediaType().contains("json")) {
            JsonObject schema = OpenApiOperations.resolve(operation.body());
            JsonObject valid = valid(operation.body(), 0).asJsonObject();
            JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties")
                    : JsonValue.EMPTY_JSON_OBJECT;
            for (String member : properties.keySet()) {
                for (Map.Entry<String, JsonValue> bad : badValues(properties.getJsonObject(member)).entrySet()) {
                    JsonObjectBuilder spoiled = Json.createObjectBuilder(valid);
                    if (bad.getValue() == null) {
                        spoiled.remove(member);
                    } else {
                        spoiled.add(member, bad.getValue());
                    }
                    cases.add(new Case("body " + member + " " + bad.getKey(), uri.apply(query), headers,
                            spoiled.build().toString()));
                }
            }
            for (String whole : List.of("", "null", "[]", "{", "\"x\"", "{\"nope\":1}", "1e999")) {
                cases.add(new Case("body " + show(whole), uri.apply(query), headers, whole));
            }
            Map<String, String> wrongType = new LinkedHashMap<>(headers);
            wrongType.put("Content-Type", "text/plain");
            cases.add(new Case("Content-Type text/plain", uri.apply(query), wrongType, body));
        } else if (operation.body() != null) {
            for (String csv : List.of("", "\uFEFF", "account,name\n\"unterminated\n", "a\u0000b,c\n1,2\n",
                    "x".repeat(70_000))) {
                cases.add(new Case("body " + show(csv), uri.apply(query), headers, csv));
            }
        }
        if (cases.isEmpty()) {
            cases.add(new Case("as documented", uri.apply(query), headers, body));
        }
        return cases;
    }

    /** A value of the schema an operation would take. */
    static JsonValue valid(JsonObject schema, int depth) {
        String ref = OpenApiOperations.refName(schema);
        if (ref != null) {
            switch (ref) {
                case "Key" -> {
                    return Json.createValue("Z1");
                }
                case "Amount" -> {
                    return Json.createValue("10.00");
                }
                case "Decimal" -> {
                    return Json.createValue("1.5");
                }
                case "Date" -> {
                    return Json.createValue("2026-11-22");
                }
                case "Currency" -> {
                    return Json.createValue("EUR");
                }
                default -> {
                }
            }
        }
        JsonObject resolved = OpenApiOperations.resolve(schema);
        if (resolved.containsKey("enum")) {
            return resolved.getJsonArray("enum").get(0);
        }
        String type = resolved.getString("type", "object");
        switch (type) {
            case "string":
                return Json.createValue("date-time".equals(resolved.getString("format", "")) ? "2026-11-22T09:00:00Z"
                        : "fuzz");
            case "integer":
                return Json.createValue(1);
            case "number":
                return Json.createValue(1);
            case "boolean":
                return JsonValue.TRUE;
            case "array":
                JsonArrayBuilder items = Json.createArrayBuilder();
                if (depth < 3 && resolved.containsKey("items")) {
                    items.add(valid(resolved.getJsonObject("items"), depth + 1));
                }
                return items.build();
            default:
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (depth < 3 && resolved.containsKey("properties")) {
                    for (Map.Entry<String, JsonValue> property : resolved.getJsonObject("properties").entrySet()) {
                        if (!"company".equals(property.getKey())) {
                            object.add(property.getKey(), valid(property.getValue().asJsonObject(), depth + 1));
                        }
                    }
                }
                return object.build();
        }
    }

    /** Ways to spoil one member: a name for each, and the value (null: the member left out). */
    static Map<String, JsonValue> badValues(JsonObject schema) {
        Map<String, JsonValue> bad = new LinkedHashMap<>();
        String ref = OpenApiOperations.refName(schema);
        JsonObject resolved = OpenApiOperations.resolve(schema);
        String type = resolved.getString("type", "object");
        bad.put("missing", null);
        bad.put("null", JsonValue.NULL);
        bad.put("an object", JsonValue.EMPTY_JSON_OBJECT);
        bad.put("an array", JsonValue.EMPTY_JSON_ARRAY);
        switch (type) {
            case "string" -> {
                bad.put("a number", Json.createValue(100.5));
                bad.put("a boolean", JsonValue.TRUE);
                bad.put("10 000 characters", Json.createValue("x".repeat(10_000)));
                bad.put("a NUL", Json.createValue("A\u0000B"));
                bad.put("a lone surrogate", Json.createValue("A\uD800B"));
                bad.put("emoji and right-to-left", Json.createValue("\uD83D\uDE00\u202E\uFFFF"));
                bad.put("empty", Json.createValue(""));
                if ("Amount".equals(ref) || "Decimal".equals(ref)) {
                    bad.put("20 digits", Json.createValue("99999999999999999999.99"));
                    bad.put("exponent", Json.createValue("1e5"));
                    bad.put("a comma", Json.createValue("12,50"));
                    bad.put("too many decimals", Json.createValue("1.123456789012"));
                    bad.put("negative", Json.createValue("-5.00"));
                } else if ("Date".equals(ref)) {
                    bad.put("year 9999", Json.createValue("9999-12-31"));
                    bad.put("year +999999999", Json.createValue("+999999999-12-31"));
                    bad.put("year 1899", Json.createValue("1899-12-31"));
                    bad.put("February 30", Json.createValue("2026-02-30"));
                } else if ("Key".equals(ref)) {
                    bad.put("65 characters", Json.createValue("K".repeat(65)));
                    bad.put("a slash", Json.createValue("A/B"));
                    bad.put("dots", Json.createValue(".."));
                } else if ("Currency".equals(ref)) {
                    bad.put("no currency", Json.createValue("XYZ"));
                } else if (resolved.containsKey("enum")) {
                    bad.put("no such value", Json.createValue("NOPE"));
                }
            }
            case "integer", "number" -> {
                bad.put("a string", Json.createValue("1"));
                bad.put("a fraction", Json.createValue(3.5));
                bad.put("beyond int", Json.createValue(2147483648L));
                bad.put("beyond long", Json.createValue(new BigInteger("99999999999999999999")));
                bad.put("negative", Json.createValue(-1));
            }
            case "boolean" -> {
                bad.put("yes", Json.createValue("yes"));
                bad.put("1", Json.createValue(1));
            }
            case "array" -> {
                bad.put("a string", Json.createValue("x"));
                bad.put("an item of another type", Json.createArrayBuilder().add(7).add(JsonValue.TRUE).build());
                bad.put("10 000 items", Json.createArrayBuilder(Collections.nCopies(10_000, "x")).build());
            }
            default -> bad.put("a string", Json.createValue("x"));
        }
        return bad;
    }

    static List<String> badQuery(String name, JsonObject schema) {
        String ref = OpenApiOperations.refName(schema);
        JsonObject resolved = OpenApiOperations.resolve(schema);
        List<String> bad = new ArrayList<>(List.of("x".repeat(5000), "\u0000", "\uD83D\uDE00\u202E", ""));
        if ("integer".equals(resolved.getString("type", ""))) {
            bad.addAll(List.of("-1", "2147483648", "3.5", "abc", "99999999999999999999"));
        } else if ("boolean".equals(resolved.getString("type", ""))) {
            bad.add("yes");
        } else if ("Date".equals(ref)) {
            bad.addAll(List.of("9999-12-31", "+999999999-12-31", "1899-12-31", "2026-02-30", "yesterday"));
        } else if ("Key".equals(ref) || "company".equals(name)) {
            bad.addAll(List.of("K".repeat(65), "A/B", "QQ1", ".."));
        } else {
            bad.addAll(List.of("NOPE", "a,b,c", "field,sideways"));
        }
        return bad;
    }

    static List<String> badPath(JsonObject schema) {
        if ("integer".equals(schema.getString("type", ""))) {
            return List.of("abc", "-1", "0", "99999999999999999999", "3.5", "9223372036854775807");
        }
        return List.of("K".repeat(65), "K".repeat(2000), "A B", "\u00C4\u00D6\u00DC\u20AC", "\uD83D\uDE00",
                "nope-" + UUID.randomUUID(), "%2F", "a;b");
    }

    static String validPath(String name) {
        return switch (name) {
            case "account" -> "Z1";
            case "document" -> "ZI-1";
            case "code" -> company;
            case "kind" -> "customers";
            case "name" -> "fuzz";
            case "user" -> "fuzz-user";
            case "orderReference" -> "ZO-1";
            default -> "1";
        };
    }

    private static String uri(String template, Map<String, String> path, Map<String, String> query) {
        String resolved = template;
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            String value = parameter.getValue();
            String encoded = value.startsWith("%") ? value
                    : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            resolved = resolved.replace("{" + parameter.getKey() + "}", encoded);
        }
        StringBuilder uri = new StringBuilder(resolved);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        try {
            return new URI(uri.toString()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(uri.toString(), e);
        }
    }

    private static boolean isProblem(HttpApi.Answer answer) {
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return false;
        }
        JsonObject problem = answer.json();
        return problem.getInt("status", -1) == answer.status() && problem.containsKey("type")
                && problem.containsKey("title") && problem.containsKey("detail");
    }

    private static String show(String value) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? String.valueOf(body) : body.substring(0, 300) + "…";
    }
}
