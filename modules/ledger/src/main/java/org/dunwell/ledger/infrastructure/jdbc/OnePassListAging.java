package org.dunwell.ledger.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.domain.aging.AgingLayout;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.BoundSql;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.Correction;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.CustomerRange;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.Sums;

/**
 * The aging of every customer in scope on PostgreSQL, from queries read side by side in customer
 * order: the customers in scope joined to their open amounts grouped per bucket (one row per
 * customer), and the two windows of settlement corrections of a past date (no rows as of today).
 * Each customer's figures are kept as its row is read ({@link AgingColumns}); no map of customers is
 * built. The grouped parts are those of {@link JdbcAgingQueries} (the same SQL, the same rules).
 * <p>
 * The corrections stay queries of their own: joined and pivoted per bucket in the same statement
 * they cost PostgreSQL more than the queries apart (seven sums per settlement instead of two).
 * Derby keeps the separate queries merged in a map: it runs an outer join of a grouped table as a
 * nested loop (decision 0020).
 */
final class OnePassListAging {

    private OnePassListAging() {
    }

    /** Every customer's aging in scope, in account order. */
    static AgingColumns all(Connection connection, String company, LocalDate asOf, AgingLayout layout,
                            AgingBasis basis, CustomerScope scope) throws SQLException {
        AgingColumns result = new AgingColumns(new AgingRecords(company, asOf, layout), 1024);
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            List<GroupedRows> corrections = new ArrayList<>();
            for (Correction correction : Correction.values()) {
                PreparedStatement statement = correction.prepare(connection, company, CustomerRange.ALL_IN_ORDER,
                        asOf, basis);
                statements.add(statement);
                corrections.add(new GroupedRows(statement.executeQuery(), correction::add));
            }
            PreparedStatement customers = customersWithOpenAmounts(company, asOf, layout, basis, scope)
                    .prepare(connection);
            statements.add(customers);
            ResultSet rs = customers.executeQuery();
            while (rs.next()) {
                Sums s = JdbcAgingQueries.customer(rs, layout, false);
                JdbcAgingQueries.readOpenAmounts(rs, 5, s);
                for (GroupedRows correction : corrections) {
                    correction.addTo(s);
                }
                result.add(s);
            }
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
        // in account order, sorted here: the databases' code point orders and Java's agree, a
        // PostgreSQL collation need not
        return result.sortedByAccount();
    }

    /**
     * The customers in scope in id order: id, account, name and currency, then the debit buckets and
     * the credits open today for documents dated by the as-of date (NULL for a customer with none).
     */
    static BoundSql customersWithOpenAmounts(String company, LocalDate asOf, AgingLayout layout, AgingBasis basis,
                                             CustomerScope scope) {
        BoundSql open = JdbcAgingQueries.openAmountsSql(company, asOf, layout, basis, CustomerRange.ALL, false);
        StringBuilder sql = new StringBuilder("SELECT c.id, c.account, c.name, c.currency");
        for (int i = 0; i < layout.ranges().size(); i++) {
            sql.append(", o.d").append(i);
        }
        sql.append(", o.credits")
                .append("\nFROM customer c")
                .append("\nLEFT JOIN (").append(open.sql()).append(") o ON o.customer_id = c.id")
                .append("\nWHERE c.company_code = ?").append(JdbcAgingQueries.scopeSql(scope))
                .append("\nORDER BY c.id");
        return new BoundSql(sql.toString(), (statement, first) -> {
            int next = open.binder().bind(statement, first);
            statement.setString(next++, company);
            return JdbcAgingQueries.bindScope(statement, next, scope);
        });
    }
}
