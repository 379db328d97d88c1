package org.dunwell.ledger.infrastructure.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** A customer scope as SQL over the {@code customer} table: the one place that knows its columns. */
final class ScopeSql {

    private ScopeSql() {
    }

    /** The scope over the customer table under {@code alias} ({@code "1 = 1"} for all, {@code "1 = 0"} for none). */
    static CustomerScopeSql.Condition over(CustomerScope scope, String alias) {
        if (scope.all()) {
            return CustomerScopeSql.Condition.TRUE;
        }
        List<String> alternatives = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (CustomerCriteria criteria : scope.anyOf()) {
            List<String> parts = new ArrayList<>(List.of("1 = 1"));
            for (CustomerCriteria.Condition condition : criteria.conditions()) {
                parts.add(alias + "." + column(condition.field()) + " = ?");
                parameters.add(condition.value());
            }
            alternatives.add("(" + String.join(" AND ", parts) + ")");
        }
        return new CustomerScopeSql.Condition(alternatives.isEmpty() ? "1 = 0"
                : "(" + String.join(" OR ", alternatives) + ")", parameters);
    }

    static String column(CustomerCriteria.Field field) {
        return switch (field) {
            case COMPANY -> "company_code";
            case REGION -> "region";
            case GROUP -> "customer_group";
            case CURRENCY -> "currency";
            case RESPONSIBLE -> "responsible_employee";
        };
    }
}
