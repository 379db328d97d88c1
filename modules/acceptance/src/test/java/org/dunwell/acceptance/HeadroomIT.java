package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 1: nothing raises what a customer may owe without a second person. Every demo user tries
 * every path that could raise a customer's headroom (its limit, its limit type, the mandatory flag, its group,
 * its group's limit, its review date, its hold, its bureau score, the rules and the settings, the ERP's
 * figures on import) and the state that decides the credit check must be as it was: the answer is 202 (the
 * change waits), 4xx, or a change that does not loosen. Then a second person approves one change of each
 * kind, and it applies.
 */
class HeadroomIT {

    private static final List<String> USERS = List.of("admin", "erp", "manager", "agent1", "agent2", "credit",
            "clerk", "cfo");
    private static final HttpApi CREDIT = HttpApi.as("credit");
    private static String company;
    private static String q;
    private static long ruleId;

    @BeforeAll
    static void aCustomerUnderATightSetting() {
        company = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        q = "?company=" + company;
        HttpApi.as("admin").postJson("/api/v1/companies", "{\"code\":\"" + company
                + "\",\"name\":\"Headroom IT\",\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        HttpApi erp = HttpApi.as("erp");
        erp.post("/api/v1/imports/customers" + q, "text/csv", """
                account,name,currency,region,credit_limit
                C1,Alpha,EUR,NORTH,1000.00
                C2,Beta,EUR,NORTH,1000.00
                """).assertStatus(200);
        erp.post("/api/v1/imports/invoices" + q, "text/csv", """
                document,account,document_date,due_date,currency,amount
                INV-1,C1,2026-11-01,2026-12-01,EUR,900.00
                """).assertStatus(200);
        CREDIT.putJson("/api/v1/credit-limit-groups/BIG" + q, null,
                "{\"creditLimit\":\"100000.00\",\"currency\":\"EUR\",\"reason\":\"a wide group\"}").assertStatus(200);
        // tightening applies at once: a stricter limit type, the mandatory flag, a review date, a hold
        CREDIT.putJson("/api/v1/customers/C1/credit" + q, etag("/api/v1/customers/C1/credit"),
                "{\"limitType\":\"BALANCE_PACKING_SLIPS_ORDERS\",\"mandatoryLimit\":true,\"limitExpiresOn\":"
                        + "\"2027-01-31\",\"holdReason\":\"FRAUD_CHECK\",\"reason\":\"tight\"}")
                .assertStatus(200);
        ruleId = CREDIT.postJson("/api/v1/credit-rules" + q, "{\"type\":\"OVERDUE_DAYS\",\"threshold\":\"10\","
                + "\"result\":\"BLOCKED\",\"reason\":\"strict\"}").assertStatus(201).json().getJsonNumber("id")
                .longValue();
    }

    /** The resource's ETag (as a credit manager reads it), or a made-up one where it has none. */
    private static String etag(String path) {
        String tag = CREDIT.get(path + q).assertStatus(200).header("ETag");
        return tag != null ? tag : "\"0\"";
    }

    /** Everything the credit check reads that a loosening could move. */
    private static String state() {
        JsonObject p = CREDIT.get("/api/v1/customers/C1/credit" + q).assertStatus(200).json();
        JsonObject e = p.getJsonObject("exposure");
        return String.join(" | ", p.get("limitType").toString(), p.get("mandatoryLimit").toString(),
                String.valueOf(p.get("limitGroup")), String.valueOf(p.get("limitExpiresOn")),
                String.valueOf(p.get("holdReason")), String.valueOf(p.get("bureauScore")),
                String.valueOf(p.get("creditLimit")), String.valueOf(e.get("available")),
                CREDIT.get("/api/v1/credit-limit-groups/BIG" + q).assertStatus(200).json().get("creditLimit")
                        .toString(),
                CREDIT.get("/api/v1/credit-rules" + q).assertStatus(200).body(),
                CREDIT.get("/api/v1/credit-rules/settings" + q).assertStatus(200).body().replaceAll(
                        "\"version\":\\d+", ""));
    }

    /** One way to try for more room, as a user. */
    record Attempt(String name, String method, String path, boolean ifMatch, String body) {

        HttpApi.Answer as(String user) {
            Map<String, String> headers = new HashMap<>();
            if (ifMatch) {
                headers.put("If-Match", etag(path.replaceAll("\\?.*", "")));
            }
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
            String uri = path + (path.contains("?") ? "&" : "?") + "company=" + company;
            return HttpApi.as(user).exchange(method, uri, headers, body);
        }
    }

    private static List<Attempt> attempts() {
        String profile = "/api/v1/customers/C1/credit";
        String rule = "/api/v1/credit-rules/" + ruleId;
        String settings = "{\"approvalThreshold\":\"%s\",\"paymentWeight\":%d,\"exposureWeight\":25,"
                + "\"relationshipWeight\":10,\"overdueWeight\":20,\"bureauWeight\":10,\"bandA\":80,\"bandB\":60,"
                + "\"bandC\":40,\"bandD\":%d,\"reason\":\"looser\"}";
        return List.of(
                new Attempt("limit type that counts less", "PUT", profile, true,
                        "{\"limitType\":\"BALANCE\",\"reason\":\"r\"}"),
                new Attempt("no limit type", "PUT", profile, true, "{\"limitType\":\"NONE\",\"reason\":\"r\"}"),
                new Attempt("mandatory flag off", "PUT", profile, true,
                        "{\"mandatoryLimit\":false,\"reason\":\"r\"}"),
                new Attempt("joining a group", "PUT", profile, true, "{\"limitGroup\":\"BIG\",\"reason\":\"r\"}"),
                new Attempt("review date later", "PUT", profile, true,
                        "{\"limitExpiresOn\":\"2030-01-01\",\"reason\":\"r\"}"),
                new Attempt("review date removed", "PUT", profile, true, "{\"limitExpiresOn\":\"\",\"reason\":\"r\"}"),
                new Attempt("hold released", "PUT", profile, true, "{\"holdReason\":\"\",\"reason\":\"r\"}"),
                new Attempt("bureau score higher", "PUT", profile, true, "{\"bureauScore\":99,\"reason\":\"r\"}"),
                new Attempt("a higher group limit", "PUT", "/api/v1/credit-limit-groups/BIG", true,
                        "{\"creditLimit\":\"900000.00\",\"currency\":\"EUR\",\"reason\":\"r\"}"),
                new Attempt("a higher limit", "POST", "/api/v1/credit-limit-requests", false,
                        "{\"account\":\"C1\",\"requestedLimit\":\"50000.00\",\"reason\":\"r\"}"),
                new Attempt("a temporary limit", "POST", "/api/v1/credit-limit-requests", false,
                        "{\"account\":\"C1\",\"requestedLimit\":\"50000.00\",\"temporary\":true,"
                                + "\"effectiveTo\":\"2027-12-31\",\"reason\":\"r\"}"),
                new Attempt("the credit limit on the customer", "PUT", "/api/v1/customers/C1", true,
                        "{\"creditLimit\":\"50000.00\"}"),
                new Attempt("the credit limit by import", "POST", "/api/v1/imports/customers", false, null),
                new Attempt("rule off", "PUT", rule, true,
                        "{\"type\":\"OVERDUE_DAYS\",\"threshold\":\"10\",\"result\":\"BLOCKED\",\"active\":false,"
                                + "\"reason\":\"r\"}"),
                new Attempt("rule milder", "PUT", rule, true,
                        "{\"type\":\"OVERDUE_DAYS\",\"threshold\":\"10\",\"result\":\"WARNING\",\"reason\":\"r\"}"),
                new Attempt("rule tolerates more", "PUT", rule, true,
                        "{\"type\":\"OVERDUE_DAYS\",\"threshold\":\"90\",\"result\":\"BLOCKED\",\"reason\":\"r\"}"),
                new Attempt("rule deleted", "DELETE", rule + "?reason=r", true, null),
                new Attempt("higher approval threshold", "PUT", "/api/v1/credit-rules/settings", true,
                        String.format(settings, "900000.00", 35, 20)),
                new Attempt("scorecard weights", "PUT", "/api/v1/credit-rules/settings", true,
                        String.format(settings, "50000.00", 5, 20)),
                new Attempt("a lower band", "PUT", "/api/v1/credit-rules/settings", true,
                        String.format(settings, "50000.00", 35, 5)));
    }

    @Test
    void noRoleRaisesHeadroomAlone() {
        String before = state();
        List<String> defects = new ArrayList<>();
        int tried = 0;
        for (String user : USERS) {
            for (Attempt attempt : attempts()) {
                HttpApi.Answer answer = attempt.name().endsWith("by import")
                        ? HttpApi.as(user).post("/api/v1/imports/customers" + q, "text/csv",
                                "account,name,currency,region,credit_limit\nC1,Alpha,EUR,NORTH,50000.00\n")
                        : attempt.as(user);
                tried++;
                int status = answer.status();
                if (status >= 500) {
                    defects.add(user + " / " + attempt.name() + ": " + status + " " + answer.body());
                }
                String after = state();
                if (!after.equals(before)) {
                    defects.add(user + " / " + attempt.name() + " (" + status + ") changed " + before + " → "
                            + after);
                    before = after;
                }
            }
        }
        System.out.printf("Headroom: %d attempts by %d users, %d raised headroom alone%n", tried, USERS.size(),
                defects.size());
        assertThat(defects).as("attempts that raised headroom without a second person").isEmpty();
        assertThat(CREDIT.get("/api/v1/credit-changes" + q + "&status=PENDING").assertStatus(200).json()
                .getJsonNumber("total").longValue()).as("changes waiting").isPositive();
    }

    @Test
    void aWaitingChangeAppliesWhenSomeoneElseApprovesIt() {
        HttpApi.Answer asked = CREDIT.putJson("/api/v1/customers/C2/credit" + q, etag("/api/v1/customers/C2/credit"),
                "{\"limitGroup\":\"BIG\",\"holdReason\":\"WATCH\",\"reason\":\"group terms\"}").assertStatus(202);
        JsonObject change = asked.json();
        assertThat(asked.header("Location")).contains("/api/v1/credit-changes/" + change.getJsonNumber("id"));
        assertThat(change.getString("status")).isEqualTo("PENDING");
        assertThat(change.getString("subject")).isEqualTo("CUSTOMER_CREDIT");
        JsonArray fields = change.getJsonArray("fields");
        assertThat(fields).hasSize(1);
        assertThat(fields.getJsonObject(0).getString("name")).isEqualTo("limitGroup");
        // the hold tightened at once; the group waits
        JsonObject now = CREDIT.get("/api/v1/customers/C2/credit" + q).assertStatus(200).json();
        assertThat(now.getString("holdReason")).isEqualTo("WATCH");
        assertThat(now.get("limitGroup")).isIn(null, JsonValue.NULL);
        String id = change.getJsonNumber("id").toString();
        CREDIT.postJson("/api/v1/credit-changes/" + id + "/approve" + q, "{}").assertProblem(403);
        // 100000 is above the company's threshold of 50000: a credit manager's level does not cover it
        HttpApi.as("admin").postJson("/api/v1/credit-changes/" + id + "/approve" + q, "{\"note\":\"ok\"}")
                .assertStatus(200);
        assertThat(CREDIT.get("/api/v1/customers/C2/credit" + q).assertStatus(200).json().getString("limitGroup"))
                .isEqualTo("BIG");
        HttpApi.as("cfo").postJson("/api/v1/credit-changes/" + id + "/approve" + q, "{}").assertProblem(409);
        JsonObject history = CREDIT.get("/api/v1/customers/C2/credit/history" + q).assertStatus(200).json();
        assertThat(history.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(e -> "limitGroup".equals(e.getString("field")))).anySatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("admin");
                    assertThat(e.getString("reason")).contains("group terms").contains("credit");
                });
    }
}
