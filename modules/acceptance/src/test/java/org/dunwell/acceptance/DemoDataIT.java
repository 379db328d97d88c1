package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo setup as a fresh clone serves it: about 300 customers' aging for a manager, only
 * the pool's region for an agent, and a 404 on every customer-scoped endpoint for a customer
 * outside the agent's pools.
 */
class DemoDataIT {

    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final HttpApi AGENT1 = HttpApi.as("agent1");
    private static String west;
    private static String westInvoice;
    private static String westPayment;
    private static String north;

    @BeforeAll
    static void findCustomersOfEachRegion() {
        west = MANAGER.get("/api/v1/customers?region=WEST&size=1").assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0).getString("account");
        north = MANAGER.get("/api/v1/customers?region=NORTH&size=1").assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0).getString("account");
        westInvoice = MANAGER.get("/api/v1/invoices?account=" + west + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getString("document");
        JsonObject payments = MANAGER.get("/api/v1/payments?size=500").json();
        westPayment = payments.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("account").equals(west)).map(p -> p.getString("document"))
                .findFirst().orElse(null);
    }

    @Test
    void demoCustomersHaveACollectionsContactInTheirLanguageAndLimitTypesOfEachKind() {
        JsonObject customer = MANAGER.get("/api/v1/customers/" + north).assertStatus(200).json();
        JsonObject recipient = customer.getJsonObject("reminderRecipient");
        assertThat(recipient.getString("email")).isEqualTo("collections@" + north.toLowerCase() + ".example");
        assertThat(recipient.getString("language")).isEqualTo(customer.getString("language"));
        assertThat(customer.containsKey("creditLimit")).as("the limit in force is in the credit profile").isFalse();
        Set<String> types = new TreeSet<>();
        for (int i = 1; i <= 20; i++) {
            types.add(MANAGER.get("/api/v1/customers/C" + String.format("%05d", i) + "/credit").assertStatus(200)
                    .json().getString("limitType"));
        }
        assertThat(types).contains("BALANCE", "BALANCE_PACKING_SLIPS", "BALANCE_PACKING_SLIPS_ORDERS");
    }

    @Test
    void aManagerSeesTheAgingOfAboutThreeHundredCustomers() {
        JsonObject aging = MANAGER.get("/api/v1/aging?asOf=2026-11-22&size=500").assertStatus(200).json();
        assertThat(aging.getInt("total")).isBetween(250, 350);
        JsonObject first = aging.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("company")).isEqualTo("DW01");
        assertThat(first.getString("definition")).isEqualTo("standard");
        assertThat(first.getJsonArray("buckets")).hasSize(6);
        JsonObject current = first.getJsonArray("buckets").getJsonObject(0);
        assertThat(current.getString("name")).isEqualTo("current");
        assertThat(current.containsKey("fromDays")).as("an open bound is written as null").isTrue();
        assertThat(current.isNull("fromDays")).isTrue();
        assertThat(current.getInt("toDays")).isZero();
        assertThat(aging.getJsonArray("items").getValuesAs(JsonObject.class))
                .as("some accounts are very overdue").anySatisfy(a -> assertThat(
                        new BigDecimal(a.getJsonArray("buckets").getJsonObject(5).getString("amount")))
                        .isPositive());
    }

    /**
     * Sorted by account or name the list is cut into pages before the page's customers are aged; by
     * balance every customer is aged first. Both must give the same agings, in the asked order,
     * every customer once over the pages.
     */
    @Test
    void theAgingListPagesInTheAskedOrderWithTheSameAgingsAsTheWholeList() {
        String base = "/api/v1/aging?asOf=2026-05-22";
        List<JsonObject> byBalance = items(MANAGER.get(base + "&size=500&sort=openBalance,desc").assertStatus(200)
                .json());
        Map<String, JsonObject> agingOf = new HashMap<>();
        byBalance.forEach(a -> agingOf.put(a.getString("account"), a));
        Comparator<JsonObject> byAccount = Comparator.comparing(a -> a.getString("account"));
        Comparator<JsonObject> byOpenBalance = Comparator.comparing(
                a -> new BigDecimal(a.getString("openBalance")));
        assertThat(byBalance).as("by balance, largest first, ties in account order")
                .isSortedAccordingTo(byOpenBalance.reversed().thenComparing(byAccount));
        assertThat(byBalance.stream().map(a -> a.getString("openBalance")).distinct().count())
                .as("balances differ: the order is not only the accounts'").isGreaterThan(100);
        for (String sort : List.of("", "&sort=account,desc", "&sort=name,asc", "&sort=name,desc",
                "&sort=openBalance,asc", "&sort=openBalance,desc")) {
            JsonObject whole = MANAGER.get(base + "&size=500" + sort).assertStatus(200).json();
            List<JsonObject> all = items(whole);
            assertThat(whole.getInt("total")).as(sort).isEqualTo(byBalance.size());
            assertThat(all).as("the same agings as the list by balance, %s", sort).hasSize(byBalance.size())
                    .allSatisfy(a -> assertThat(a).isEqualTo(agingOf.get(a.getString("account"))));
            Comparator<JsonObject> order = switch (sort) {
                case "&sort=account,desc" -> byAccount.reversed();
                case "&sort=name,asc" -> Comparator.<JsonObject, String>comparing(a -> a.getString("name"))
                        .thenComparing(byAccount);
                case "&sort=name,desc" -> Comparator.<JsonObject, String>comparing(a -> a.getString("name"))
                        .reversed().thenComparing(byAccount);
                case "&sort=openBalance,asc" -> byOpenBalance.thenComparing(byAccount);
                case "&sort=openBalance,desc" -> byOpenBalance.reversed().thenComparing(byAccount);
                default -> byAccount;
            };
            assertThat(all).as("in order, %s", sort).isSortedAccordingTo(order);
            List<JsonObject> paged = new ArrayList<>();
            for (int page = 0; page * 37 < all.size(); page++) {
                JsonObject one = MANAGER.get(base + "&size=37&page=" + page + sort).assertStatus(200).json();
                assertThat(one.getInt("total")).isEqualTo(all.size());
                paged.addAll(items(one));
            }
            assertThat(paged).as("pages of 37, %s", sort).isEqualTo(all);
        }
        assertThat(items(MANAGER.get(base + "&size=37&page=99").assertStatus(200).json())).isEmpty();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void agentsSeeOnlyTheirPoolsRegions() {
        JsonObject agent1 = AGENT1.get("/api/v1/customers?size=500").assertStatus(200).json();
        assertThat(agent1.getInt("total")).isPositive();
        assertThat(agent1.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getString("region")).isEqualTo("NORTH"));
        JsonObject agingOfAgent1 = AGENT1.get("/api/v1/aging?asOf=2026-11-22&size=500").assertStatus(200).json();
        assertThat(agingOfAgent1.getInt("total")).isEqualTo(agent1.getInt("total"));
        JsonObject agent2 = HttpApi.as("agent2").get("/api/v1/customers?size=500").assertStatus(200).json();
        assertThat(agent2.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getString("region")).isEqualTo("SOUTH"));
        AGENT1.get("/api/v1/aging?pool=south").assertProblem(404);
        assertThat(AGENT1.get("/api/v1/aging?pool=north&size=1").assertStatus(200).json().getInt("total"))
                .isEqualTo(agent1.getInt("total"));
    }

    @Test
    void everyCustomerScopedEndpointHidesACustomerOutsideTheAgentsPools() {
        for (String path : List.of("/api/v1/customers/" + west, "/api/v1/customers/" + west + "/aging",
                "/api/v1/customers/" + west + "/open-items", "/api/v1/customers/" + west + "/statement",
                "/api/v1/customers/" + west + "/settlements", "/api/v1/customers/" + west + "/history",
                "/api/v1/invoices/" + westInvoice)) {
            AGENT1.get(path).assertProblem(404);
            MANAGER.get(path).assertStatus(200);
        }
        for (String path : List.of("/api/v1/customers/" + west + "/credit",
                "/api/v1/customers/" + west + "/credit/history", "/api/v1/customers/" + west + "/insurance")) {
            AGENT1.get(path).assertProblem(404);
        }
        MANAGER.get("/api/v1/customers/" + west + "/credit").assertStatus(200);
        MANAGER.get("/api/v1/customers/" + west + "/credit/history").assertStatus(200);
        AGENT1.get("/api/v1/customers/" + north + "/credit").assertStatus(200);
        if (westPayment != null) {
            AGENT1.get("/api/v1/payments/" + westPayment).assertProblem(404);
        }
        for (String list : List.of("/api/v1/invoices?account=" + west, "/api/v1/payments?account=" + west,
                "/api/v1/credit-notes?account=" + west, "/api/v1/customers?region=WEST")) {
            assertThat(AGENT1.get(list).assertStatus(200).json().getInt("total")).as(list).isZero();
        }
        AGENT1.get("/api/v1/customers/" + north + "/aging?asOf=2026-11-22").assertStatus(200);
        AGENT1.get("/api/v1/customers/" + north + "/statement").assertStatus(200);
        AGENT1.get("/api/v1/customers/NO-SUCH/aging").assertProblem(404);
        MANAGER.get("/api/v1/customers/" + north + "/aging?definition=nonsense").assertProblem(400);
    }

    @Test
    void poolsAndAgentsAreListedAndOnlyManagersChangeThem() {
        assertThat(MANAGER.get("/api/v1/pools").assertStatus(200).structure().asJsonArray()).hasSize(2);
        JsonObject agent = MANAGER.get("/api/v1/agents").assertStatus(200).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("user").equals("agent1"))
                .findFirst().orElseThrow();
        assertThat(agent.getJsonArray("companies").getValuesAs(JsonObject.class)).anySatisfy(c -> {
            assertThat(c.getString("company")).isEqualTo("DW01");
            assertThat(c.getString("defaultPool")).isEqualTo("north");
        });
        AGENT1.putJson("/api/v1/agents/agent1", null, "{\"pools\":[\"north\",\"south\"]}").assertProblem(403);
        HttpApi.as("clerk").get("/api/v1/pools").assertProblem(403);
        MANAGER.postJson("/api/v1/pools", "{\"name\":\"north\",\"conditions\":[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"NORTH\"}]}").assertProblem(409);
    }
}
