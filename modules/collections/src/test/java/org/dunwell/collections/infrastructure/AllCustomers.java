package org.dunwell.collections.infrastructure;

import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** The ledger's scope port for tests that read with the scope of all customers only. */
final class AllCustomers implements CustomerScopeSql {

    static final CustomerScopeSql SQL = new AllCustomers();

    @Override
    public Condition within(CustomerScope scope, String companyColumn, String accountColumn) {
        return all(scope);
    }

    @Override
    public Condition withinCompany(CustomerScope scope, String company, String accountColumn) {
        return all(scope);
    }

    private static Condition all(CustomerScope scope) {
        if (!scope.all()) {
            throw new UnsupportedOperationException("this test reads with the scope of all customers only");
        }
        return Condition.TRUE;
    }
}
