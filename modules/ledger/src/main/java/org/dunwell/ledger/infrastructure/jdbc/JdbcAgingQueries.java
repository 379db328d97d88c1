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
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.CustomerAging;
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
        List<Sums> one = compute(company, Selection.account(account), asOf, basis, buckets, scope);
        if (one.isEmpty()) {
            throw new NotFoundException("customer", account);
        }
        return aging(company, asOf, one.get(0).layout, one.get(0));
    }

    @Override
    public List<CustomerAging> all(String company, LocalDate asOf, AgingBasis basis, List<AgingBucketSpec> buckets,
                                   CustomerScope scope) {
        List<Sums> sums = compute(company, Selection.ALL, asOf, basis, buckets, scope);
        List<CustomerAging> result = new ArrayList<>(sums.size());
        for (Sums s : sums) {
            result.add(aging(company, asOf, s.layout, s));
        }
        return result;
    }

    @Override
    public AgingPage page(String company, String cursor, int size, LocalDate asOf, AgingBasis basis,
                          List<AgingBucketSpec> buckets, CustomerScope scope) {
        long after = cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor);
        int wanted = Math.max(1, size);
        List<Sums> sums = compute(company, Selection.page(after, wanted), asOf, basis, buckets, scope);
        List<AgedCustomer> items = new ArrayList<>(sums.size());
        for (Sums s : sums) {
            Currency currency = Money.currency(s.currency);
            List<Money> disputed = new ArrayList<>(s.disputed.length);
            List<Integer> counts = new ArrayList<>(s.disputed.length);
            for (int i = 0; i < s.disputed.length; i++) {
                disputed.add(Money.of(s.disputed[i], currency));
                counts.add(s.disputedCounts[i]);
            }
            items.add(new AgedCustomer(aging(company, asOf, s.layout, s), s.region, s.group, s.responsible,
                    s.masterLimit, s.oldestOverdueDue, disputed, counts));
        }
        String next = sums.size() < wanted ? null : Long.toString(sums.get(sums.size() - 1).id);
        return new AgingPage(items, next);
    }

    /** Which customers a computation covers: one account, a page by id, or all in account order. */
    private record Selection(String account, Long after, int size) {
        static final Selection ALL = new Selection(null, null, 0);

        static Selection account(String account) {
            return new Selection(account, null, 0);
        }

        static Selection page(long after, int size) {
            return new Selection(null, after, size);
        }

        boolean paged() {
            return after != null;
        }

        boolean ranged() {
            return account != null || after != null;
        }
    }

    /** Sums of one customer: per bucket for debits, and all credits. */
    private static final class Sums {
        final long id;
        final AgingLayout layout;
        final String account;
        final String name;
        final String currency;
        final BigDecimal[] debits;
        BigDecimal credits = BigDecimal.ZERO;
        String region;
        String group;
        String responsible;
        BigDecimal masterLimit;
        LocalDate oldestOverdueDue;
        final BigDecimal[] disputed;
        final int[] disputedCounts;

        Sums(long id, AgingLayout layout, String account, String name, String currency) {
            int buckets = layout.ranges().size();
            this.id = id;
            this.layout = layout;
            this.account = account;
            this.name = name;
            this.currency = currency;
            this.debits = new BigDecimal[buckets];
            this.disputed = new BigDecimal[buckets];
            this.disputedCounts = new int[buckets];
            java.util.Arrays.fill(debits, BigDecimal.ZERO);
            java.util.Arrays.fill(disputed, BigDecimal.ZERO);
        }
    }

    private List<Sums> compute(String company, Selection selection, LocalDate asOf, AgingBasis basis,
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
            readCustomers(connection, company, selection, layout, scope, sums);
            if (sums.isEmpty()) {
                return List.of();
            }
            long[] range = selection.ranged() ? idRange(sums) : null;
            readOpenAmounts(connection, company, asOf, layout, basisColumn, range, selection.paged(), sums);
            // each window is one index range; the CASE of the correction tells the two apart
            for (String window : new String[] {"s.settled_on > ?", "s.undone_on > ?"}) {
                readCorrections(connection, company, range, asOf, layout, basisColumn.replace("t.", "d."), sums, true,
                        window);
                readCorrections(connection, company, range, asOf, layout, null, sums, false, window);
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
        return new ArrayList<>(sums.values());
    }

    private static long[] idRange(Map<Long, Sums> sums) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long id : sums.keySet()) {
            first = Math.min(first, id);
            last = Math.max(last, id);
        }
        return new long[] {first, last};
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

    /** The customers selected and in scope (all of them: those without open items show zeros). */
    private static void readCustomers(Connection connection, String company, Selection selection, AgingLayout layout,
                                      CustomerScope scope, Map<Long, Sums> sums) throws SQLException {
        String customers = "SELECT c.id, c.account, c.name, c.currency, c.region, c.customer_group,"
                + " c.responsible_employee, c.credit_limit FROM customer c WHERE c.company_code = ?"
                + (selection.account() == null ? "" : " AND c.account = ?")
                + (selection.paged() ? " AND c.id > ?" : "") + scopeSql(scope)
                + (selection.paged() ? " ORDER BY c.id FETCH FIRST " + selection.size() + " ROWS ONLY"
                : " ORDER BY c.account");
        try (PreparedStatement statement = connection.prepareStatement(customers)) {
            int index = 1;
            statement.setString(index++, company);
            if (selection.account() != null) {
                statement.setString(index++, selection.account());
            }
            if (selection.paged()) {
                statement.setLong(index++, selection.after());
            }
            bindScope(statement, index, scope);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Sums s = new Sums(rs.getLong(1), layout, rs.getString(2), rs.getString(3),
                            rs.getString(4).trim());
                    s.region = rs.getString(5);
                    s.group = rs.getString(6);
                    s.responsible = rs.getString(7);
                    s.masterLimit = rs.getBigDecimal(8);
                    sums.put(s.id, s);
                }
            }
        }
    }

    /**
     * One GROUP BY over the open items (no join: Derby would nest-loop it), merged in memory; over
     * the selected customers' id range when there is one. {@code detailed} adds, per bucket, the
     * disputed open amounts and counts, and the oldest overdue due date.
     */
    private static void readOpenAmounts(Connection connection, String company, LocalDate asOf, AgingLayout layout,
                                        String basisColumn, long[] range, boolean detailed, Map<Long, Sums> sums)
            throws SQLException {
        int buckets = layout.ranges().size();
        String debitSide = basisColumn.equals("t.due_date") ? null : "t.due_date IS NOT NULL";
        String creditValue = "CASE WHEN t.status = 'REVERSED' THEN t.amount ELSE t.open_amount END";
        String disputed = "t.collection_status = 'DISPUTED'"
                + (debitSide == null ? "" : " AND " + debitSide);
        String sql = "SELECT t.customer_id"
                + bucketSums(layout, basisColumn, "t.open_amount", debitSide)
                + ",\n SUM(CASE WHEN t.due_date IS NULL THEN " + creditValue + " ELSE 0 END)"
                + (detailed ? bucketSums(layout, basisColumn, "t.open_amount", disputed)
                        + bucketSums(layout, basisColumn, "1", disputed)
                        + ",\n MIN(CASE WHEN t.due_date < ? AND t.open_amount > 0 THEN t.due_date END)" : "")
                + "\nFROM ledger_transaction t WHERE "
                + (range == null ? "" : "t.customer_id >= ? AND t.customer_id <= ? AND ")
                + "t.company_code = ? AND t.document_date <= ?"
                + " AND (t.open_amount > 0 OR t.status = 'REVERSED')"
                + " AND NOT (t.status = 'REVERSED' AND t.reversed_on <= ?)"
                + "\nGROUP BY t.customer_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = bindRanges(statement, 1, layout);
            if (detailed) {
                index = bindRanges(statement, index, layout);
                index = bindRanges(statement, index, layout);
                Sql.setDate(statement, index++, asOf);
            }
            if (range != null) {
                statement.setLong(index++, range[0]);
                statement.setLong(index++, range[1]);
            }
            statement.setString(index++, company);
            Sql.setDate(statement, index++, asOf);
            Sql.setDate(statement, index, asOf);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Sums s = sums.get(rs.getLong(1));
                    if (s == null) {
                        continue;
                    }
                    int column = 2;
                    for (int i = 0; i < buckets; i++) {
                        s.debits[i] = orZero(rs.getBigDecimal(column++));
                    }
                    s.credits = orZero(rs.getBigDecimal(column++));
                    if (detailed) {
                        for (int i = 0; i < buckets; i++) {
                            s.disputed[i] = orZero(rs.getBigDecimal(column++));
                        }
                        for (int i = 0; i < buckets; i++) {
                            s.disputedCounts[i] = rs.getInt(column++);
                        }
                        java.sql.Date oldest = rs.getDate(column);
                        s.oldestOverdueDue = oldest == null ? null : oldest.toLocalDate();
                    }
                }
            }
        }
    }

    /**
     * What the settlements made or undone after {@code asOf} change: a settlement made after it
     * was still open then (+), one made before and undone after was settled then (−).
     */
    private static void readCorrections(Connection connection, String company, long[] range, LocalDate asOf,
                                        AgingLayout layout, String basisColumn, Map<Long, Sums> sums,
                                        boolean debitSide, String window)
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
                + (range == null ? "" : " AND s.customer_id >= ? AND s.customer_id <= ?")
                + "\nGROUP BY d.customer_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            int repeats = debitSide ? layout.ranges().size() : 1;
            // per bucket: the range's dates (in the CASE condition), then the correction's three dates
            for (int r = 0; r < repeats; r++) {
                if (debitSide) {
                    AgingLayout.DateRange dates = layout.ranges().get(r);
                    if (dates.from() != null) {
                        Sql.setDate(statement, index++, dates.from());
                    }
                    if (dates.to() != null) {
                        Sql.setDate(statement, index++, dates.to());
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
            if (range != null) {
                statement.setLong(index++, range[0]);
                statement.setLong(index, range[1]);
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
        return scope.all() ? "" : " AND " + scope.sqlOver("c").sql();
    }

    static int bindScope(PreparedStatement statement, int index, CustomerScope scope) throws SQLException {
        for (String value : scopeParameters(scope)) {
            statement.setString(index++, value);
        }
        return index;
    }

    /** The parameters of {@link #scopeSql}, in order. */
    static List<String> scopeParameters(CustomerScope scope) {
        return scope.sqlOver("c").parameters();
    }
}
