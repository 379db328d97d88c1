package org.dunwell.ledger.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** The scope as an EXISTS over the customer table, correlated on the caller's company and account columns. */
@ApplicationScoped
public class JdbcCustomerScopeSql implements CustomerScopeSql {

    @Override
    public Condition within(CustomerScope scope, String companyColumn, String accountColumn) {
        if (scope.all()) {
            return Condition.TRUE;
        }
        Condition rule = ScopeSql.over(scope, "sc");
        return new Condition("EXISTS (SELECT 1 FROM customer sc WHERE sc.company_code = " + companyColumn
                + " AND sc.account = " + accountColumn + " AND " + rule.sql() + ")", rule.parameters());
    }

    @Override
    public Condition withinCompany(CustomerScope scope, String company, String accountColumn) {
        if (scope.all()) {
            return Condition.TRUE;
        }
        Condition rule = ScopeSql.over(scope, "sc");
        List<String> parameters = new ArrayList<>(List.of(company));
        parameters.addAll(rule.parameters());
        return new Condition("EXISTS (SELECT 1 FROM customer sc WHERE sc.company_code = ? AND sc.account = "
                + accountColumn + " AND " + rule.sql() + ")", parameters);
    }
}
