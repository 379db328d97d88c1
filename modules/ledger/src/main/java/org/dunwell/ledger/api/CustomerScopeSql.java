package org.dunwell.ledger.api;

import java.util.List;

/**
 * For another module's own queries: the condition that a row's customer lies within a scope, evaluated
 * where the rows are (an agent's scope can hold tens of thousands of customers, too many to list). The
 * ledger alone knows how customers are kept; the caller names the columns of its row that hold the
 * company and the account, and never names a ledger table (decision 0024).
 */
public interface CustomerScopeSql {

    /** A condition to AND into a WHERE clause, with its positional string parameters in order. */
    record Condition(String sql, List<String> parameters) {
        public Condition {
            parameters = List.copyOf(parameters);
        }

        public static final Condition TRUE = new Condition("1 = 1", List.of());

        /** The condition negated. */
        public Condition not() {
            return new Condition("NOT (" + sql + ")", parameters);
        }
    }

    /** Rows whose customer ({@code companyColumn}, {@code accountColumn}) is in the scope; TRUE for all. */
    Condition within(CustomerScope scope, String companyColumn, String accountColumn);

    /** Rows of one company whose customer ({@code accountColumn}) is in the scope; TRUE for all. */
    Condition withinCompany(CustomerScope scope, String company, String accountColumn);
}
