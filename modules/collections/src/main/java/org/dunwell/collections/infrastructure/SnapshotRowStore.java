package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.domain.SnapshotRows;
import org.dunwell.collections.domain.pool.PoolFilter;
import org.dunwell.collections.domain.pool.PoolRule;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.sql.Database;
import org.dunwell.kernel.sql.PostgresCopy;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/**
 * Snapshot rows in plain JDBC: batched inserts page by page, and reads filtered in SQL by the
 * caller's visibility (over the live customer table), by pools (their master-data rules over the
 * live customer, their figure rules over the row's stored figures) and by extra rules.
 */
@ApplicationScoped
public class SnapshotRowStore implements SnapshotRows {

    private static final String COLUMNS = "r.account, r.name, r.currency, r.region, r.customer_group, r.responsible,"
            + " r.balance, r.accounting_balance, r.b1, r.b2, r.b3, r.b4, r.b5, r.b6, r.b7, r.b8,"
            + " r.d1, r.d2, r.d3, r.d4, r.d5, r.d6, r.d7, r.d8, r.n1, r.n2, r.n3, r.n4, r.n5, r.n6, r.n7, r.n8,"
            + " r.oldest_overdue_days, r.credit_limit, r.available_credit, r.over_limit, r.risk_score, r.risk_group,"
            + " r.on_hold, r.most_aged_bucket, r.most_aged_amount, r.collectible_balance";

    /** An order's SQL. */
    private static String orderSql(Order order) {
        return switch (order) {
            case ACCOUNT -> "r.account";
            case BALANCE_DESC -> "r.accounting_balance DESC, r.account";
            case COLLECTIBLE_DESC -> "r.collectible_balance DESC, r.account";
            case MOST_AGED_DESC -> "r.most_aged_bucket DESC, r.most_aged_amount DESC, r.account";
            case OLDEST_OVERDUE_DESC -> "r.oldest_overdue_days DESC, r.account";
        };
    }

    /**
     * Derby's optimizer sorts the whole snapshot (2.5 s for the top 100 of 100 000 rows); told to walk
     * the index that has this order, it stops after the first page (7 ms). The hint is an SQL comment
     * to the end of the line: other databases ignore it.
     */
    private static String hint(Order order) {
        String index = switch (order) {
            case BALANCE_DESC -> "ix_snapshot_row_balance";
            case COLLECTIBLE_DESC -> "ix_snapshot_row_collectible";
            case MOST_AGED_DESC -> "ix_snapshot_row_aged";
            case ACCOUNT, OLDEST_OVERDUE_DESC -> null;
        };
        return index == null ? "" : " --DERBY-PROPERTIES index=" + index + "\n";
    }

    private static String condition(Work work) {
        return switch (work) {
            case ANY -> null;
            case COLLECTIBLE -> "r.collectible_balance > 0";
            case UNDISPUTED_AGED -> "r.most_aged_bucket >= 0";
        };
    }

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private CustomerScopeSql scopes;

    /** Whether PostgreSQL rows may go in by COPY (tests turn it off to check the fallback). */
    private boolean copyAllowed = true;

    protected SnapshotRowStore() {
    }

    @Inject
    public SnapshotRowStore(CustomerScopeSql scopes) {
        this.scopes = scopes;
    }

    public SnapshotRowStore(EntityManager em, CustomerScopeSql scopes) {
        this(scopes);
        this.em = em;
    }

    /** {@code copyAllowed} false: PostgreSQL rows go in by the JDBC batch, as when COPY is out of reach. */
    SnapshotRowStore(EntityManager em, CustomerScopeSql scopes, boolean copyAllowed) {
        this(em, scopes);
        this.copyAllowed = copyAllowed;
    }

    /**
     * Replaces the rows of these accounts (a page written again after a restart writes the same rows).
     * A page's rows commit together, so one probe of its first row tells whether it was written
     * before; only then are its accounts' rows deleted. (Deleting every page's accounts by an
     * {@code IN} list cost a scan of the snapshot's rows per page on Derby, which probes an index
     * only on its leading column, and on PostgreSQL once a generic plan was cached: quadratic.)
     */
    @Override
    public void replace(long snapshot, Collection<String> accounts, List<CustomerFigures> rows) {
        Connection connection = em.unwrap(Connection.class);
        try {
            if (!rows.isEmpty() && written(connection, snapshot, rows.get(0).account())) {
                List<String> all = new ArrayList<>(accounts);
                for (int from = 0; from < all.size(); from += 200) {
                    List<String> slice = all.subList(from, Math.min(all.size(), from + 200));
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM aging_snapshot_row"
                            + " WHERE snapshot_id = ? AND account IN (" + "?,".repeat(slice.size() - 1) + "?)")) {
                        delete.setLong(1, snapshot);
                        for (int i = 0; i < slice.size(); i++) {
                            delete.setString(2 + i, slice.get(i));
                        }
                        delete.executeUpdate();
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            if (copyAllowed && PostgresCopy.reachable(connection, Database.of(connection))) {
                insertByCopy(connection, snapshot, rows);
            } else {
                insertByBatch(connection, snapshot, rows);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not write snapshot rows: " + e.getMessage(), e);
        }
    }

    /**
     * After a snapshot is complete: on PostgreSQL the planner learns the new rows at once (before
     * autovacuum gets to them, it estimated 62 rows of 50 000 and read the top lists by the wrong
     * index). Derby keeps its own statistics.
     */
    @Override
    public void refreshStatistics() {
        Connection connection = em.unwrap(Connection.class);
        try {
            if (isPostgres(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE aging_snapshot_row");
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not refresh the snapshot rows' statistics: " + e.getMessage(), e);
        }
    }

    private static boolean written(Connection connection, long snapshot, String account) throws SQLException {
        try (PreparedStatement probe = connection.prepareStatement(
                "SELECT 1 FROM aging_snapshot_row WHERE snapshot_id = ? AND account = ?")) {
            probe.setLong(1, snapshot);
            probe.setString(2, account);
            try (ResultSet rs = probe.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A stored column after {@code snapshot_id}, in {@link #COLUMNS} order: its type and its value of a row. */
    private record Column(int sqlType, Function<CustomerFigures, Object> value) {
        static Column text(Function<CustomerFigures, String> value) {
            return new Column(Types.VARCHAR, value::apply);
        }

        static Column decimal(Function<CustomerFigures, Money> value) {
            return new Column(Types.DECIMAL, f -> {
                Money m = value.apply(f);
                return m == null ? null : m.amount();
            });
        }

        static Column integer(Function<CustomerFigures, Integer> value) {
            return new Column(Types.INTEGER, value::apply);
        }
    }

    private static final List<Column> STORED = storedColumns();

    private static List<Column> storedColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(CustomerFigures::account));
        columns.add(Column.text(CustomerFigures::name));
        columns.add(Column.text(CustomerFigures::currency));
        columns.add(Column.text(CustomerFigures::region));
        columns.add(Column.text(CustomerFigures::group));
        columns.add(Column.text(CustomerFigures::responsible));
        columns.add(Column.decimal(CustomerFigures::balance));
        columns.add(Column.decimal(CustomerFigures::accountingBalance));
        for (int b = 0; b < MAX_BUCKETS; b++) {
            int bucket = b;
            columns.add(Column.decimal(f -> bucket < f.buckets().size() ? f.buckets().get(bucket).amount() : null));
        }
        for (int b = 0; b < MAX_BUCKETS; b++) {
            int bucket = b;
            columns.add(Column.decimal(f -> bucket < f.buckets().size()
                    ? f.buckets().get(bucket).disputedAmount() : null));
        }
        for (int b = 0; b < MAX_BUCKETS; b++) {
            int bucket = b;
            columns.add(Column.integer(f -> bucket < f.buckets().size()
                    ? f.buckets().get(bucket).disputedCount() : null));
        }
        columns.add(Column.integer(CustomerFigures::oldestOverdueDays));
        columns.add(Column.decimal(CustomerFigures::creditLimit));
        columns.add(Column.decimal(CustomerFigures::availableCredit));
        columns.add(Column.integer(f -> f.overLimit() ? 1 : 0));
        columns.add(Column.integer(CustomerFigures::riskScore));
        columns.add(Column.text(CustomerFigures::riskGroup));
        columns.add(Column.integer(f -> f.onHold() ? 1 : 0));
        columns.add(Column.integer(CustomerFigures::mostAgedRank));
        columns.add(Column.decimal(CustomerFigures::mostAgedAmount));
        columns.add(Column.decimal(CustomerFigures::collectibleBalance));
        return List.copyOf(columns);
    }

    private static final String INSERT_COLUMNS = "INSERT INTO aging_snapshot_row (snapshot_id, "
            + COLUMNS.replace("r.", "") + ")";

    /** Derby: one JDBC batch of single-row inserts. */
    private static void insertByBatch(Connection connection, long snapshot, List<CustomerFigures> rows)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_COLUMNS + " VALUES (?"
                + ", ?".repeat(STORED.size()) + ")")) {
            for (CustomerFigures f : rows) {
                insert.setLong(1, snapshot);
                for (int c = 0; c < STORED.size(); c++) {
                    Column column = STORED.get(c);
                    Object value = column.value().apply(f);
                    if (value == null) {
                        insert.setNull(2 + c, column.sqlType());
                    } else {
                        // the type from the value: setObject with a target type DECIMAL means scale 0
                        insert.setObject(2 + c, value);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * PostgreSQL: the page in one {@code COPY ... FROM STDIN} ({@link PostgresCopy}): the database's own bulk load,
     * cheaper than one array per column unnested (decision 0019, figures in docs/performance.md).
     */
    private static void insertByCopy(Connection connection, long snapshot, List<CustomerFigures> rows)
            throws SQLException {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (CustomerFigures f : rows) {
            Object[] row = new Object[STORED.size() + 1];
            row[0] = snapshot;
            for (int c = 0; c < STORED.size(); c++) {
                row[c + 1] = STORED.get(c).value().apply(f);
            }
            values.add(row);
        }
        PostgresCopy.copyIn(connection, "aging_snapshot_row", COPY_COLUMNS, values);
    }

    private static final List<String> COPY_COLUMNS = copyColumns();

    private static List<String> copyColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("snapshot_id");
        for (String column : COLUMNS.replace("r.", "").split(",")) {
            columns.add(column.trim());
        }
        return List.copyOf(columns);
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return Database.of(connection) == Database.POSTGRESQL;
    }

    /** Rows of a snapshot in the given order, {@code limit} from {@code offset}, and the total. */
    @Override
    public List<CustomerFigures> read(String company, long snapshot, LocalDate asOf, List<String> bucketNames,
                                      String accountingCurrency, Selection selection, Order order, long offset,
                                      int limit) {
        Sql where = where(company, snapshot, bucketNames, selection);
        String sql = "SELECT " + COLUMNS + " FROM aging_snapshot_row r" + hint(order) + " WHERE " + where.text
                + " ORDER BY " + orderSql(order)
                + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
        List<CustomerFigures> out = new ArrayList<>();
        try (PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(sql)) {
            where.bind(statement, 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs, asOf, bucketNames, Money.currency(accountingCurrency)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read snapshot rows: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public long count(String company, long snapshot, List<String> bucketNames, Selection selection) {
        Sql where = where(company, snapshot, bucketNames, selection);
        String sql = "SELECT COUNT(*) FROM aging_snapshot_row r WHERE " + where.text;
        try (PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(sql)) {
            where.bind(statement, 1);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not count snapshot rows: " + e.getMessage(), e);
        }
    }

    /** An SQL condition and its parameters. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        void bind(PreparedStatement statement, int first) throws SQLException {
            int i = first;
            for (Object p : parameters) {
                if (p instanceof BigDecimal d) {
                    statement.setBigDecimal(i++, d);
                } else if (p instanceof Long l) {
                    statement.setLong(i++, l);
                } else if (p instanceof Integer n) {
                    statement.setInt(i++, n);
                } else {
                    statement.setString(i++, (String) p);
                }
            }
        }
    }

    private Sql where(String company, long snapshot, List<String> bucketNames, Selection selection) {
        Sql sql = new Sql();
        sql.text.append("r.snapshot_id = ?");
        sql.parameters.add(snapshot);
        CustomerScopeSql.Condition scope = scopes.withinCompany(selection.scope(), company, "r.account");
        sql.text.append(" AND ").append(scope.sql());
        sql.parameters.addAll(scope.parameters());
        if (selection.rankedOnly()) {
            sql.text.append(" AND r.accounting_balance IS NOT NULL");
        }
        if (condition(selection.work()) != null) {
            sql.text.append(" AND ").append(condition(selection.work()));
        }
        if (!selection.anyPool().isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            for (PoolFilter pool : selection.anyPool()) {
                CustomerScopeSql.Condition master = scopes.withinCompany(CustomerScope.anyOf(pool.criteria(company)),
                        company, "r.account");
                StringBuilder one = new StringBuilder("(").append(master.sql());
                sql.parameters.addAll(master.parameters());
                for (PoolRule rule : pool.rules()) {
                    if (!rule.field().masterData()) {
                        one.append(" AND ").append(figure(rule, bucketNames, sql.parameters));
                    }
                }
                alternatives.add(one.append(")").toString());
            }
            sql.text.append(" AND (").append(String.join(" OR ", alternatives)).append(")");
        }
        for (PoolRule rule : selection.rules()) {
            sql.text.append(" AND ").append(rule.field().masterData()
                    ? master(company, rule, sql.parameters) : figure(rule, bucketNames, sql.parameters));
        }
        return sql;
    }

    /** A master-data rule (the field is one of the values) over the live customer, through the ledger's port. */
    private String master(String company, PoolRule rule, List<Object> parameters) {
        List<CustomerCriteria> anyOf = rule.values().stream().map(value -> switch (rule.field()) {
            case REGION -> new CustomerCriteria(company, value, null, null, null);
            case GROUP -> new CustomerCriteria(company, null, value, null, null);
            case CURRENCY -> new CustomerCriteria(company, null, null, value, null);
            case RESPONSIBLE -> new CustomerCriteria(company, null, null, null, value);
            default -> throw new IllegalArgumentException(rule.field().name());
        }).toList();
        CustomerScopeSql.Condition condition = scopes.withinCompany(CustomerScope.anyOf(anyOf), company, "r.account");
        parameters.addAll(condition.parameters());
        return condition.sql();
    }

    /** A figure rule over the row's stored figures. */
    private static String figure(PoolRule rule, List<String> bucketNames, List<Object> parameters) {
        String op = rule.operator().symbol().equals("in") ? "=" : rule.operator().symbol();
        switch (rule.field()) {
            case BALANCE -> {
                parameters.add(new BigDecimal(rule.values().get(0)));
                return "r.balance " + op + " ?";
            }
            case BUCKET -> {
                int index = bucketNames.indexOf(rule.bucket());
                if (index < 0) {
                    throw InvalidInputException.ofField("bucket", "the snapshot's definition has no bucket '"
                            + rule.bucket() + "'");
                }
                parameters.add(new BigDecimal(rule.values().get(0)));
                return "r.b" + (index + 1) + " " + op + " ?";
            }
            case OLDEST_OVERDUE_DAYS -> {
                parameters.add(Integer.valueOf(rule.values().get(0)));
                return "r.oldest_overdue_days " + op + " ?";
            }
            case RISK_GROUP -> {
                parameters.addAll(rule.values());
                return "r.risk_group IN (" + "?,".repeat(rule.values().size() - 1) + "?)";
            }
            case CREDIT_HOLD -> {
                return "r.on_hold = " + (Boolean.parseBoolean(rule.values().get(0)) ? 1 : 0);
            }
            case OVER_LIMIT -> {
                return "r.over_limit = " + (Boolean.parseBoolean(rule.values().get(0)) ? 1 : 0);
            }
            default -> throw new IllegalArgumentException(rule.field().name());
        }
    }

    private static CustomerFigures row(ResultSet rs, LocalDate asOf, List<String> bucketNames, Currency accounting)
            throws SQLException {
        Currency currency = Money.currency(rs.getString(3).trim());
        List<CustomerFigures.Bucket> buckets = new ArrayList<>(bucketNames.size());
        for (int b = 0; b < bucketNames.size(); b++) {
            buckets.add(new CustomerFigures.Bucket(bucketNames.get(b), money(rs.getBigDecimal(9 + b), currency),
                    money(rs.getBigDecimal(17 + b), currency), rs.getInt(25 + b)));
        }
        Integer score = rs.getObject(37) == null ? null : rs.getInt(37);
        return new CustomerFigures(rs.getString(1), rs.getString(2), currency.getCurrencyCode(), rs.getString(4),
                rs.getString(5), rs.getString(6), asOf, money(rs.getBigDecimal(7), currency),
                money(rs.getBigDecimal(8), accounting), money(rs.getBigDecimal(42), accounting), buckets, rs.getInt(33),
                money(rs.getBigDecimal(34), currency),
                money(rs.getBigDecimal(35), currency), rs.getInt(36) == 1, score, rs.getString(38),
                rs.getInt(39) == 1, rs.getInt(40) < 0 ? null : bucketNames.get(rs.getInt(40)),
                money(rs.getBigDecimal(41), accounting));
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : Money.rounded(amount, currency, RoundingMode.UNNECESSARY);
    }
}
