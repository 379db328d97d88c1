package org.dunwell.ledger.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Which customers a caller may see: all of them, or those matching any of a list of criteria
 * (a collections agent's pools). Every customer-scoped query takes one, so no query can forget
 * it. A customer outside the scope is "not found".
 */
public record CustomerScope(boolean all, List<CustomerCriteria> anyOf) {

    public static final CustomerScope ALL = new CustomerScope(true, List.of());
    public static final CustomerScope NONE = new CustomerScope(false, List.of());

    public CustomerScope {
        anyOf = List.copyOf(anyOf);
    }

    public static CustomerScope anyOf(List<CustomerCriteria> criteria) {
        return new CustomerScope(false, criteria);
    }

    /** Whether a customer with these fields is in scope (the same rule as {@link #sqlOver}). */
    public boolean includes(String company, String region, String group, String currency, String responsible) {
        return all || anyOf.stream().anyMatch(c -> c.matches(company, region, group, currency, responsible));
    }

    /**
     * The scope as an SQL condition over the {@code customer} table under {@code alias}, to be
     * appended with AND ({@code "1 = 1"} for all), with its string parameters in order. Other
     * modules that join the customer table filter with this, so the rule stays in one place.
     */
    public SqlCondition sqlOver(String alias) {
        if (all) {
            return new SqlCondition("1 = 1", List.of());
        }
        List<String> alternatives = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (CustomerCriteria criteria : anyOf) {
            List<String> parts = new ArrayList<>(List.of("1 = 1"));
            for (CustomerCriteria.Condition condition : criteria.conditions()) {
                parts.add(alias + "." + condition.field().column() + " = ?");
                parameters.add(condition.value());
            }
            alternatives.add("(" + String.join(" AND ", parts) + ")");
        }
        return new SqlCondition(alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", alternatives) + ")",
                parameters);
    }

    /** An SQL condition with positional string parameters. */
    public record SqlCondition(String sql, List<String> parameters) {
        public SqlCondition {
            parameters = List.copyOf(parameters);
        }
    }
}
