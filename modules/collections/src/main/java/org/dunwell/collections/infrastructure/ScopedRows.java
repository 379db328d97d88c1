package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/**
 * Ids of a collections table's rows whose customer is within a scope (the condition the ledger's
 * {@link CustomerScopeSql} port gives over the row's company and account columns) and the caller's
 * conditions: one page in the given order and the total, or aggregates by group.
 */
@ApplicationScoped
public class ScopedRows {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private CustomerScopeSql scopes;

    protected ScopedRows() {
    }

    @Inject
    public ScopedRows(CustomerScopeSql scopes) {
        this.scopes = scopes;
    }

    public ScopedRows(EntityManager em, CustomerScopeSql scopes) {
        this(scopes);
        this.em = em;
    }

    /** One page of ids and how many there are in all. */
    public record Found(List<Long> ids, long total) {
    }

    /**
     * {@code table} is "name alias" with an {@code id} and a {@code company_code} column; {@code account}
     * the column naming the customer.
     */
    public Found find(String table, String account, List<String> conditions, List<Object> parameters,
                      CustomerScope scope, String order, PageRequest page) {
        Visible visible = visible(table, account, conditions, parameters, scope);
        return page(visible.alias() + ".id", visible.fromWhere(), visible.parameters(), order, page);
    }

    /** " FROM table WHERE conditions AND the scope's condition", with its parameters. */
    private record Visible(String alias, String fromWhere, List<Object> parameters) {
    }

    private Visible visible(String table, String account, List<String> conditions, List<Object> parameters,
                            CustomerScope scope) {
        String alias = table.substring(table.indexOf(' ') + 1);
        CustomerScopeSql.Condition rule = scopes.within(scope, alias + ".company_code", account);
        String from = " FROM " + table + " WHERE " + String.join(" AND ", conditions) + " AND " + rule.sql();
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(rule.parameters());
        return new Visible(alias, from, all);
    }

    /** The scope's condition over rows naming company and account in these columns. */
    public CustomerScopeSql.Condition within(CustomerScope scope, String companyColumn, String accountColumn) {
        return scopes.within(scope, companyColumn, accountColumn);
    }

    /**
     * Aggregates over the rows of {@code table} whose customer the caller may see, grouped:
     * each row holds the {@code groupBy} columns, then the {@code aggregates}.
     */
    public List<Object[]> group(String table, String account, List<String> conditions, List<Object> parameters,
                                CustomerScope scope, String groupBy, String aggregates) {
        Visible visible = visible(table, account, conditions, parameters, scope);
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = em.unwrap(Connection.class).prepareStatement("SELECT " + groupBy + ", "
                + aggregates + visible.fromWhere() + " GROUP BY " + groupBy)) {
            bind(select, visible.parameters());
            try (ResultSet rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not group " + table + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * One page of ids ({@code idColumn}) of {@code fromWhere} (" FROM ... WHERE ...") in the given
     * order, and the total: for lists whose visibility rule is not one customer per row.
     */
    public Found page(String idColumn, String fromWhere, List<?> parameters, String order, PageRequest page) {
        Connection connection = em.unwrap(Connection.class);
        try {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + fromWhere)) {
                bind(count, parameters);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + idColumn + fromWhere
                    + " ORDER BY " + order + " OFFSET " + page.offset() + " ROWS FETCH NEXT " + page.size()
                    + " ROWS ONLY")) {
                bind(select, parameters);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return new Found(ids, total);
        } catch (SQLException e) {
            throw new PersistenceException("could not list " + fromWhere + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p instanceof Long l) {
                statement.setLong(i + 1, l);
            } else if (p instanceof LocalDate day) {
                statement.setDate(i + 1, Date.valueOf(day));
            } else {
                statement.setString(i + 1, (String) p);
            }
        }
    }
}
