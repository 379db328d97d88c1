package org.dunwell.ledger.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.domain.aging.AgingLayout;

/**
 * Aging as of a date in a few set-based queries, whatever the number of customers: the
 * customers in scope, then
 * <ol>
 * <li>today's open amounts summed per customer and bucket (bucket boundaries are dates
 * computed in Java, so the SQL only compares dates and runs on Derby and PostgreSQL), for
 * documents dated on or before the as-of date;</li>
 * <li>corrections for settlements made after the as-of date (they were still open then) and
 * settlements undone after it (they were settled then), per customer and bucket.</li>
 * </ol>
 * A reversed payment counts with its full amount until the day of its reversal (its
 * settlements, undone that day, are corrected like any other). Credits are then applied to
 * the buckets by {@link AgingLayout#applyCredits}.
 */
@ApplicationScoped
public class JdbcAgingQueries implements AgingQueries {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JdbcAgingQueries() {
    }

    public JdbcAgingQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public CustomerAging customer(String company, String account, LocalDate asOf, AgingBasis basis,
                                  List<AgingBucketSpec> buckets, CustomerScope scope) {
        List<CustomerAging> one = compute(company, account, asOf, basis, buckets, scope);
        if (one.isEmpty()) {
            throw new NotFoundException("customer", account);
        }
        return one.get(0);
    }

    @Override
    public List<CustomerAging> all(String company, LocalDate asOf, AgingBasis basis, List<AgingBucketSpec> buckets,
                                   CustomerScope scope) {
        return compute(company, null, asOf, basis, buckets, scope);
    }

    /** Sums of one customer: per bucket for debits, and all credits. */
    private static final class Sums {
        final String account;
        final String name;
        final String currency;
        final BigDecimal[] debits;
        BigDecimal credits = BigDecimal.ZERO;

        Sums(String account, String name, String currency, int buckets) {
            this.account = account;
            this.name = name;
            this.currency = currency;
            this.debits = new BigDecimal[buckets];
            java.util.Arrays.fill(debits, BigDecimal.ZERO);
        }
    }

    private List<CustomerAging> compute(String company, String account, LocalDate asOf, AgingBasis basis,
                                        List<AgingBucketSpec> buckets, CustomerScope scope) {
        if (!scope.all() && scope.anyOf().isEmpty()) {
            return List.of();
        }
        AgingLayout layout = AgingLayout.of(buckets, basis, asOf);
        // a debit always has a due date and a credit never has one (ck_transaction_due_date): the due
        // date alone tells them apart, so each row is tested with plain date comparisons
        String basisColumn = basis.basis() == AgingBasis.Basis.DUE_DATE ? "t.due_date" : "t.document_date";
        Map<Long, Sums> sums = new LinkedHashMap<>();
        Connection connection = em.unwrap(Connection.class);
        try {
            readOpenAmounts(connection, company, account, asOf, layout, basisColumn, scope, sums);
            if (sums.isEmpty()) {
                return List.of();
            }
            // each window is one index range; the CASE of the correction tells the two apart
            for (String window : new String[] {"s.settled_on > ?", "s.undone_on > ?"}) {
                readCorrections(connection, company, account, asOf, layout, basisColumn.replace("t.", "d."), scope,
                        sums, true, window);
                readCorrections(connection, company, account, asOf, layout, null, scope, sums, false, window);
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
        List<CustomerAging> result = new ArrayList<>(sums.size());
        for (Sums s : sums.values()) {
            result.add(aging(company, asOf, layout, s));
        }
        return result;
    }

    private static CustomerAging aging(String company, LocalDate asOf, AgingLayout layout, Sums s) {
        Currency currency = Money.currency(s.currency);
        Money[] debits = new Money[s.debits.length];
        for (int i = 0; i < debits.length; i++) {
            debits[i] = Money.of(s.debits[i], currency);
        }
        Money[] buckets = AgingLayout.applyCredits(debits, Money.of(s.credits, currency));
        Money balance = Money.zero(currency);
        List<CustomerAging.Bucket> out = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            AgingBucketSpec spec = layout.buckets().get(i);
            out.add(new CustomerAging.Bucket(spec.name(), spec.from(), spec.to(), buckets[i]));
            balance = balance.plus(buckets[i]);
        }
        return new CustomerAging(company, s.account, s.name, s.currency, asOf, balance, out);
    }

    /** One SUM per bucket: {@code value} where the row is on {@code side} (null: any row) and in the bucket. */
    private static String bucketSums(AgingLayout layout, String basisColumn, String value, String side) {
        StringBuilder sql = new StringBuilder();
        for (AgingLayout.DateRange range : layout.ranges()) {
            List<String> conditions = new ArrayList<>();
            if (side != null) {
                conditions.add(side);
            }
            if (range.from() != null) {
                conditions.add(basisColumn + " >= ?");
            }
            if (range.to() != null) {
                conditions.add(basisColumn + " <= ?");
            }
            if (conditions.isEmpty()) {
                conditions.add("1 = 1");
            }
            sql.append(",\n SUM(CASE WHEN ").append(String.join(" AND ", conditions)).append(" THEN ").append(value)
                    .append(" ELSE 0 END)");
        }
        return sql.toString();
    }

    private static int bindRanges(PreparedStatement statement, int index, AgingLayout layout) throws SQLException {
        for (AgingLayout.DateRange range : layout.ranges()) {
            if (range.from() != null) {
                Sql.setDate(statement, index++, range.from());
            }
            if (range.to() != null) {
                Sql.setDate(statement, index++, range.to());
            }
        }
        return index;
    }

    private static void readOpenAmounts(Connection connection, String company, String account, LocalDate asOf,
                                        AgingLayout layout, String basisColumn, CustomerScope scope,
                                        Map<Long, Sums> sums) throws SQLException {
        int buckets = layout.ranges().size();
        // 1. the customers in scope, in account order (all of them: those without open items show zeros)
        String customers = "SELECT c.id, c.account, c.name, c.currency FROM customer c WHERE c.company_code = ?"
                + (account == null ? "" : " AND c.account = ?") + scopeSql(scope) + " ORDER BY c.account";
        try (PreparedStatement statement = connection.prepareStatement(customers)) {
            int index = 1;
            statement.setString(index++, company);
            if (account != null) {
                statement.setString(index++, account);
            }
            bindScope(statement, index, scope);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getLong(1), new Sums(rs.getString(2), rs.getString(3), rs.getString(4).trim(),
                            buckets));
                }
            }
        }
        if (sums.isEmpty()) {
            return;
        }
        // 2. one GROUP BY over the open items (no join: Derby would nest-loop it), merged in memory
        String creditValue = "CASE WHEN t.status = 'REVERSED' THEN t.amount ELSE t.open_amount END";
        String sql = "SELECT t.customer_id"
                + bucketSums(layout, basisColumn, "t.open_amount",
                        basisColumn.equals("t.due_date") ? null : "t.due_date IS NOT NULL")
                + ",\n SUM(CASE WHEN t.due_date IS NULL THEN " + creditValue + " ELSE 0 END)"
                + "\nFROM ledger_transaction t WHERE t.company_code = ? AND t.document_date <= ?"
                + " AND (t.open_amount > 0 OR t.status = 'REVERSED')"
                + " AND NOT (t.status = 'REVERSED' AND t.reversed_on <= ?)"
                + (account == null ? "" : " AND t.customer_id = ?")
                + "\nGROUP BY t.customer_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = bindRanges(statement, 1, layout);
            statement.setString(index++, company);
            Sql.setDate(statement, index++, asOf);
            Sql.setDate(statement, index++, asOf);
            if (account != null) {
                statement.setLong(index, sums.keySet().iterator().next());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Sums s = sums.get(rs.getLong(1));
                    if (s == null) {
                        continue;
                    }
                    for (int i = 0; i < buckets; i++) {
                        s.debits[i] = orZero(rs.getBigDecimal(2 + i));
                    }
                    s.credits = orZero(rs.getBigDecimal(2 + buckets));
                }
            }
        }
    }

    /**
     * What the settlements made or undone after {@code asOf} change: a settlement made after it
     * was still open then (+), one made before and undone after was settled then (−).
     */
    private static void readCorrections(Connection connection, String company, String account, LocalDate asOf,
                                        AgingLayout layout, String basisColumn, CustomerScope scope,
                                        Map<Long, Sums> sums, boolean debitSide, String window)
            throws SQLException {
        String correction = "CASE WHEN s.undone_on IS NULL AND s.settled_on > ? THEN s.amount"
                + " WHEN s.undone_on > ? AND s.settled_on <= ? THEN 0 - s.amount ELSE 0 END";
        String join = debitSide ? "s.debit_id" : "s.credit_id";
        String sql = "SELECT d.customer_id"
                + (debitSide ? bucketSums(layout, basisColumn, correction, null)
                : ",\n SUM(" + correction + ")")
                + "\nFROM settlement s JOIN ledger_transaction d ON d.id = " + join
                + "\nWHERE s.company_code = ? AND " + window + " AND d.document_date <= ?"
                + " AND NOT (d.status = 'REVERSED' AND d.reversed_on <= ?)"
                + (account == null ? "" : " AND d.customer_id = ?")
                + "\nGROUP BY d.customer_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            int repeats = debitSide ? layout.ranges().size() : 1;
            // per bucket: the range's dates (in the CASE condition), then the correction's three dates
            for (int r = 0; r < repeats; r++) {
                if (debitSide) {
                    AgingLayout.DateRange range = layout.ranges().get(r);
                    if (range.from() != null) {
                        Sql.setDate(statement, index++, range.from());
                    }
                    if (range.to() != null) {
                        Sql.setDate(statement, index++, range.to());
                    }
                }
                for (int k = 0; k < 3; k++) {
                    Sql.setDate(statement, index++, asOf);
                }
            }
            statement.setString(index++, company);
            int dates = 3;
            for (int k = 0; k < dates; k++) {
                Sql.setDate(statement, index++, asOf);
            }
            if (account != null) {
                statement.setLong(index, sums.keySet().iterator().next());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Sums s = sums.get(rs.getLong(1));
                    if (s == null) {
                        continue;
                    }
                    if (debitSide) {
                        for (int i = 0; i < s.debits.length; i++) {
                            s.debits[i] = s.debits[i].add(orZero(rs.getBigDecimal(2 + i)));
                        }
                    } else {
                        s.credits = s.credits.add(orZero(rs.getBigDecimal(2)));
                    }
                }
            }
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The scope as SQL over the customer alias {@code c}: all, or any of the criteria. */
    static String scopeSql(CustomerScope scope) {
        if (scope.all()) {
            return "";
        }
        List<String> alternatives = new ArrayList<>();
        for (CustomerCriteria criteria : scope.anyOf()) {
            List<String> conditions = new ArrayList<>();
            conditions.add("1 = 1");
            if (criteria.company() != null) {
                conditions.add("c.company_code = ?");
            }
            if (criteria.region() != null) {
                conditions.add("c.region = ?");
            }
            if (criteria.group() != null) {
                conditions.add("c.customer_group = ?");
            }
            if (criteria.currency() != null) {
                conditions.add("c.currency = ?");
            }
            alternatives.add("(" + String.join(" AND ", conditions) + ")");
        }
        return alternatives.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", alternatives) + ")";
    }

    static int bindScope(PreparedStatement statement, int index, CustomerScope scope) throws SQLException {
        for (String value : scopeParameters(scope)) {
            statement.setString(index++, value);
        }
        return index;
    }

    /** The parameters of {@link #scopeSql}, in order. */
    static List<String> scopeParameters(CustomerScope scope) {
        List<String> values = new ArrayList<>();
        if (!scope.all()) {
            for (CustomerCriteria criteria : scope.anyOf()) {
                for (String value : new String[] {criteria.company(), criteria.region(), criteria.group(),
                        criteria.currency()}) {
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }
}
