package org.dunwell.ledger.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.AgingList;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.AgingStream;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Overdue;
import org.dunwell.ledger.api.ReceivableFigures;
import org.dunwell.ledger.api.StreamReads;
import org.dunwell.ledger.domain.aging.AgingLayout;

/**
 * Aging as of a date in a few set-based queries, whatever the number of customers: the
 * customers in scope, then
 * <ol>
 * <li>today's open amounts summed per customer and bucket (bucket boundaries are dates
 * computed in Java, so the SQL only compares dates and runs on Derby and PostgreSQL), for
 * documents dated on or before the as-of date;</li>
 * <li>corrections for settlements made after the as-of date (they were still open then) and
 * settlements undone after it (they were settled then), per customer and the debit's basis
 * date, bucketed in Java.</li>
 * </ol>
 * The customers' sums are merged in a map by id; the whole list on PostgreSQL is read in one pass
 * without one ({@link OnePassListAging}, decision 0020).
 * A reversed payment counts with its full amount until the day of its reversal (its
 * settlements, undone that day, are corrected like any other). Credits are then applied to
 * the buckets by {@link AgingLayout#applyCredits} ({@link AgingRecords}).
 */
@ApplicationScoped
public class JdbcAgingQueries implements AgingQueries {

    /** Stands for "nothing overdue" in the oldest overdue due date's MIN. */
    private static final LocalDate NO_OVERDUE = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    @Inject
    @StreamReads
    Instance<DataSource> streamSource;

    private DataSource streams;

    protected JdbcAgingQueries() {
    }

    public JdbcAgingQueries(EntityManager em) {
        this.em = em;
    }

    /** Outside the container: streams read through connections of {@code streams}. */
    public JdbcAgingQueries(EntityManager em, DataSource streams) {
        this.em = em;
        this.streams = streams;
    }

    @Override
    public CustomerAging customer(String company, String account, LocalDate asOf, AgingBasis basis,
                                  List<AgingBucketSpec> buckets, CustomerScope scope) {
        List<Sums> one = compute(company, Selection.account(account), asOf, basis, buckets, scope);
        if (one.isEmpty()) {
            throw new NotFoundException("customer", account);
        }
        return new AgingRecords(company, asOf, one.get(0).layout).aging(one.get(0));
    }

    @Override
    public AgingList all(String company, LocalDate asOf, AgingBasis basis, List<AgingBucketSpec> buckets,
                         CustomerScope scope) {
        if (!scope.all() && scope.anyOf().isEmpty()) {
            return AgingList.empty();
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            if (Sql.Dialect.of(connection) == Sql.Dialect.POSTGRESQL) {
                return OnePassListAging.all(connection, company, asOf, AgingLayout.of(buckets, basis, asOf), basis,
                        scope);
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
        List<Sums> sums = compute(company, Selection.ALL, asOf, basis, buckets, scope);
        AgingColumns result = new AgingColumns(new AgingRecords(company, asOf, AgingLayout.of(buckets, basis, asOf)),
                sums.size());
        for (int i = 0; i < sums.size(); i++) {
            result.add(sums.set(i, null)); // let each customer's sums go as soon as it is added (GC copies less)
        }
        return result;
    }

    @Override
    public List<CustomerKey> customers(String company, CustomerScope scope) {
        if (!scope.all() && scope.anyOf().isEmpty()) {
            return List.of();
        }
        List<CustomerKey> keys = new ArrayList<>();
        try (PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(
                "SELECT c.account, c.name FROM customer c WHERE c.company_code = ?" + scopeSql(scope))) {
            statement.setString(1, company);
            bindScope(statement, 2, scope);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    keys.add(new CustomerKey(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
        // in account order, sorted here as all() does
        keys.sort(Comparator.comparing(CustomerKey::account));
        return keys;
    }

    @Override
    public List<CustomerAging> accounts(String company, List<String> accounts, LocalDate asOf, AgingBasis basis,
                                        List<AgingBucketSpec> buckets, CustomerScope scope) {
        if (accounts.size() > Sql.MAX_IN) {
            throw new IllegalArgumentException("at most " + Sql.MAX_IN + " accounts at once, not " + accounts.size());
        }
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<String, CustomerAging> byAccount = new HashMap<>();
        AgingRecords records = new AgingRecords(company, asOf, AgingLayout.of(buckets, basis, asOf));
        for (Sums s : compute(company, Selection.accounts(List.copyOf(accounts)), asOf, basis, buckets, scope)) {
            byAccount.put(s.account, records.aging(s));
        }
        List<CustomerAging> result = new ArrayList<>(byAccount.size());
        for (String account : accounts) {
            CustomerAging aging = byAccount.get(account);
            if (aging != null) {
                result.add(aging);
            }
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
        AgingRecords records = new AgingRecords(company, asOf, AgingLayout.of(buckets, basis, asOf));
        for (Sums s : sums) {
            items.add(records.aged(s));
        }
        String next = sums.size() < wanted ? null : Long.toString(sums.get(sums.size() - 1).id);
        return new AgingPage(items, next);
    }

    @Override
    public AgingStream stream(String company, String cursor, LocalDate asOf, AgingBasis basis,
                              List<AgingBucketSpec> buckets, CustomerScope scope) {
        DataSource source = streams != null ? streams : streamSource.get();
        long after = cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor);
        return JdbcAgingStream.open(source, company, after, asOf, AgingLayout.of(buckets, basis, asOf), basis, scope);
    }

    /**
     * Which customers a computation covers: one account, a page by id (in id order), all (in account
     * order), or all after an id in id order, each query ordered by customer for a merge ({@code streamed}).
     */
    record Selection(String account, List<String> accounts, Long after, int size, boolean streamed) {
        static final Selection ALL = new Selection(null, null, null, 0, false);

        static Selection account(String account) {
            return new Selection(account, null, null, 0, false);
        }

        /** Up to {@link Sql#MAX_IN} customers by account. */
        static Selection accounts(List<String> accounts) {
            return new Selection(null, accounts, null, 0, false);
        }

        static Selection page(long after, int size) {
            return new Selection(null, null, after, size, false);
        }

        static Selection stream(long after) {
            return new Selection(null, null, after, 0, true);
        }

        boolean paged() {
            return after != null && !streamed;
        }

        boolean ranged() {
            return account != null || accounts != null || paged();
        }

        /** Pages and streams feed snapshots: master data and disputed sums besides the buckets. */
        boolean detailed() {
            return after != null;
        }
    }

    /** Sums of one customer: per bucket for debits, and all credits. */
    static final class Sums {
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
        /** A settlement after the day corrected its open amounts: open amounts now are not those of the day. */
        boolean corrected;
        final BigDecimal[] disputed;
        final int[] disputedCounts;

        /** {@code detailed}: with room for the disputed sums a snapshot keeps. */
        Sums(long id, AgingLayout layout, String account, String name, String currency, boolean detailed) {
            int buckets = layout.ranges().size();
            this.id = id;
            this.layout = layout;
            this.account = account;
            this.name = name;
            this.currency = currency;
            this.debits = new BigDecimal[buckets];
            this.disputed = new BigDecimal[detailed ? buckets : 0];
            this.disputedCounts = new int[detailed ? buckets : 0];
            Arrays.fill(debits, BigDecimal.ZERO);
            Arrays.fill(disputed, BigDecimal.ZERO);
        }
    }

    private List<Sums> compute(String company, Selection selection, LocalDate asOf, AgingBasis basis,
                               List<AgingBucketSpec> buckets, CustomerScope scope) {
        if (!scope.all() && scope.anyOf().isEmpty()) {
            return List.of();
        }
        AgingLayout layout = AgingLayout.of(buckets, basis, asOf);
        Map<Long, Sums> sums = new LinkedHashMap<>();
        Connection connection = em.unwrap(Connection.class);
        try {
            try (PreparedStatement statement = customers(connection, company, selection, scope);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Sums s = customer(rs, layout, selection.detailed());
                    sums.put(s.id, s);
                }
            }
            if (sums.isEmpty()) {
                return List.of();
            }
            // a list of accounts is scattered over the ids: its own ids, not the range between them
            CustomerRange range = selection.accounts() != null ? CustomerRange.in(new ArrayList<>(sums.keySet()))
                    : selection.ranged() ? CustomerRange.between(idRange(sums)) : CustomerRange.ALL;
            for (Part part : parts(company, asOf, layout, basis, range, selection.detailed())) {
                try (PreparedStatement statement = part.query().prepare(connection);
                     ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Sums s = sums.get(rs.getLong(1));
                        if (s != null) {
                            part.adder().add(rs, s);
                        }
                    }
                }
            }
            if (selection.detailed()) {
                exactOldestOverdue(connection, company, asOf, sums.values());
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
        List<Sums> result = new ArrayList<>(sums.values());
        if (!selection.paged()) {
            // in account order, sorted here: Derby read the customers by the account index, one base row
            // fetch each (0.4 s of 100 000); the databases' code point orders and Java's agree
            result.sort(Comparator.comparing(s -> s.account));
        }
        return result;
    }

    /** Prepares one of the aging's queries on a connection. */
    @FunctionalInterface
    interface Query {
        PreparedStatement prepare(Connection connection) throws SQLException;
    }

    /** Adds a row of one of the aging's queries (its first column: the customer id) to that customer's sums. */
    @FunctionalInterface
    interface RowAdder {
        void add(ResultSet rs, Sums s) throws SQLException;
    }

    /** A query grouped by customer and how its rows add to the customers' sums. */
    record Part(Query query, RowAdder adder) {
    }

    /**
     * What sums the customers' aging after their master data, over {@code range}: the open amounts,
     * the disputed debits ({@code detailed}: what snapshots keep), the settlement corrections.
     */
    static List<Part> parts(String company, LocalDate asOf, AgingLayout layout, AgingBasis basis, CustomerRange range,
                            boolean detailed) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(c -> openAmounts(c, company, asOf, layout, basis, range, detailed),
                (rs, s) -> addOpenAmounts(rs, s, detailed)));
        if (detailed) {
            parts.add(new Part(c -> disputed(c, company, asOf, basis, range), JdbcAgingQueries::addDisputed));
        }
        for (Correction correction : Correction.values()) {
            parts.add(new Part(c -> correction.prepare(c, company, range, asOf, basis), correction::add));
        }
        return parts;
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

    /** One SUM per bucket: {@code value} where the row is on {@code side} (null: any row) and in the bucket. */
    private static String bucketSums(AgingLayout layout, String basisColumn, String value, String side) {
        StringBuilder sql = new StringBuilder();
        int bucket = 0;
        for (AgingLayout.DateRange range : layout.ranges()) {
            List<String> conditions = new ArrayList<>();
            if (side != null) {
                conditions.add(side);
            }
            conditions.addAll(inRange(range, basisColumn));
            if (conditions.isEmpty()) {
                conditions.add("1 = 1");
            }
            sql.append(",\n SUM(CASE WHEN ").append(String.join(" AND ", conditions)).append(" THEN ").append(value)
                    .append(" ELSE 0 END) AS d").append(bucket++);
        }
        return sql.toString();
    }

    /** {@code column} within {@code range}: its bounds as conditions, each with a parameter ({@link #bindRanges}). */
    private static List<String> inRange(AgingLayout.DateRange range, String column) {
        List<String> conditions = new ArrayList<>(2);
        if (range.from() != null) {
            conditions.add(column + " >= ?");
        }
        if (range.to() != null) {
            conditions.add(column + " <= ?");
        }
        return conditions;
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

    /** Which customer ids the grouped queries read: all, a range (pages), or those after an id in id order (streams). */
    record CustomerRange(long[] between, List<Long> in, Long after) {
        static final CustomerRange ALL = new CustomerRange(null, null, null);
        /** All customers, read in customer order. */
        static final CustomerRange ALL_IN_ORDER = after(Long.MIN_VALUE);

        static CustomerRange between(long[] range) {
            return new CustomerRange(range, null, null);
        }

        /** Up to {@link Sql#MAX_IN} ids. */
        static CustomerRange in(List<Long> ids) {
            return new CustomerRange(null, ids, null);
        }

        static CustomerRange after(long id) {
            return new CustomerRange(null, null, id);
        }

        /** The condition on {@code column}, with a leading AND ("" for all). */
        String sql(String column) {
            if (between != null) {
                return " AND " + column + " >= ? AND " + column + " <= ?";
            }
            if (in != null) {
                return " AND " + column + " IN " + Sql.placeholders(Sql.paddedSize(in.size()));
            }
            return after == null ? "" : " AND " + column + " > ?";
        }

        /** Streams read each query in customer order, to merge them. */
        String order(String column) {
            return after == null ? "" : "\nORDER BY " + column;
        }

        int bind(PreparedStatement statement, int index) throws SQLException {
            int i = index;
            if (between != null) {
                statement.setLong(i++, between[0]);
                statement.setLong(i++, between[1]);
            } else if (in != null) {
                i = Sql.bindIn(statement, i, in, Sql.paddedSize(in.size()));
            } else if (after != null) {
                statement.setLong(i++, after);
            }
            return i;
        }
    }

    /** The customers selected and in scope (all of them: those without open items show zeros). */
    static PreparedStatement customers(Connection connection, String company, Selection selection,
                                       CustomerScope scope) throws SQLException {
        String sql = "SELECT c.id, c.account, c.name, c.currency"
                + (selection.detailed() ? ", c.region, c.customer_group, c.responsible_employee, c.credit_limit" : "")
                + " FROM customer c WHERE c.company_code = ?"
                + (selection.account() == null ? "" : " AND c.account = ?")
                + (selection.accounts() == null ? ""
                : " AND c.account IN " + Sql.placeholders(Sql.paddedSize(selection.accounts().size())))
                + (selection.after() != null ? " AND c.id > ?" : "") + scopeSql(scope)
                + (selection.paged() ? " ORDER BY c.id FETCH FIRST " + selection.size() + " ROWS ONLY" : "")
                + (selection.streamed() ? " ORDER BY c.id" : "");
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        statement.setString(index++, company);
        if (selection.account() != null) {
            statement.setString(index++, selection.account());
        }
        if (selection.accounts() != null) {
            index = Sql.bindIn(statement, index, selection.accounts(), Sql.paddedSize(selection.accounts().size()));
        }
        if (selection.after() != null) {
            statement.setLong(index++, selection.after());
        }
        bindScope(statement, index, scope);
        return statement;
    }

    /** A customer row of {@link #customers} with no amounts yet ({@code detailed}: with its master data). */
    static Sums customer(ResultSet rs, AgingLayout layout, boolean detailed) throws SQLException {
        Sums s = new Sums(rs.getLong(1), layout, rs.getString(2), rs.getString(3), rs.getString(4).trim(), detailed);
        if (!detailed) {
            return s;
        }
        s.region = rs.getString(5);
        s.group = rs.getString(6);
        s.responsible = rs.getString(7);
        s.masterLimit = rs.getBigDecimal(8);
        return s;
    }

    private static String basisColumn(AgingBasis basis) {
        // a debit always has a due date and a credit never has one (ck_transaction_due_date): the due
        // date alone tells them apart, so each row is tested with plain date comparisons
        return basis.basis() == AgingBasis.Basis.DUE_DATE ? "t.due_date" : "t.document_date";
    }

    /**
     * One GROUP BY over the open items (no join: Derby would nest-loop it), merged in memory; over
     * the customers of {@code range}. {@code detailed} adds the oldest overdue due date (the
     * disputed amounts come from {@link #disputed}).
     */
    static PreparedStatement openAmounts(Connection connection, String company, LocalDate asOf, AgingLayout layout,
                                         AgingBasis basis, CustomerRange range, boolean detailed)
            throws SQLException {
        return openAmountsSql(company, asOf, layout, basis, range, detailed).prepare(connection);
    }

    /**
     * The SQL of {@link #openAmounts}: the customer id, the debit buckets {@code d0}, {@code d1}, …, the
     * credits {@code credits} ({@code detailed}: and {@code oldest_due}).
     */
    static BoundSql openAmountsSql(String company, LocalDate asOf, AgingLayout layout, AgingBasis basis,
                                   CustomerRange range, boolean detailed) {
        String basisColumn = basisColumn(basis);
        String debitSide = basisColumn.equals("t.due_date") ? null : "t.due_date IS NOT NULL";
        String creditValue = "CASE WHEN t.status = 'REVERSED' THEN t.amount ELSE t.open_amount END";
        String sql = "SELECT t.customer_id"
                + bucketSums(layout, basisColumn, "t.open_amount", debitSide)
                + ",\n SUM(CASE WHEN t.due_date IS NULL THEN " + creditValue + " ELSE 0 END) AS credits"
                // never NULL (a far date stands for none): Derby adds a warning per group whose aggregate
                // skipped NULLs, walking the chain of those before: quadratic in one pass
                + (detailed ? ",\n MIN(CASE WHEN t.due_date < ? AND t.open_amount > 0 THEN t.due_date ELSE ? END)"
                + " AS oldest_due" : "")
                + "\nFROM ledger_transaction t" + (range.after() == null ? ""
                // a stream groups every open item in one pass: Derby scans the table and sorts rather than
                // fetch every row through the customer index (9.1 s against 10.4 s at a million invoices)
                : " --DERBY-PROPERTIES index=null")
                + "\nWHERE t.company_code = ? AND t.document_date <= ?" + range.sql("t.customer_id")
                + " AND (t.open_amount > 0 OR t.status = 'REVERSED')"
                + " AND NOT (t.status = 'REVERSED' AND t.reversed_on <= ?)"
                + "\nGROUP BY t.customer_id" + range.order("t.customer_id");
        return new BoundSql(sql, (statement, first) -> {
            int index = bindRanges(statement, first, layout);
            if (detailed) {
                Sql.setDate(statement, index++, asOf);
                Sql.setDate(statement, index++, NO_OVERDUE);
            }
            statement.setString(index++, company);
            Sql.setDate(statement, index++, asOf);
            index = range.bind(statement, index);
            Sql.setDate(statement, index++, asOf);
            return index;
        });
    }

    /** SQL with its parameters: {@code binder} binds them from an index on and answers the next index. */
    record BoundSql(String sql, Binder binder) {

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                binder.bind(statement, 1);
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }

    /** Binds a statement's parameters from {@code index} on; answers the next index. */
    @FunctionalInterface
    interface Binder {
        int bind(PreparedStatement statement, int index) throws SQLException;
    }

    /**
     * The oldest overdue due date by the one definition ({@link Overdue}, no exclusion) for the customers where the
     * open items' {@code MIN(due_date)} may not be it. Customers with unapplied credits (which pay the oldest debts
     * first): their open overdue debits, read in one query per batch, and their credits as summed here. Customers a
     * settlement after the day corrected: the credit profile's computation over their documents. The others'
     * {@code MIN} already is the definition's answer.
     */
    static void exactOldestOverdue(Connection connection, String company, LocalDate asOf, Collection<Sums> page)
            throws SQLException {
        Map<Long, Sums> credited = new LinkedHashMap<>();
        List<Long> corrected = new ArrayList<>();
        for (Sums s : page) {
            if (s.corrected) {
                corrected.add(s.id);
            } else if (s.credits.signum() > 0 && s.oldestOverdueDue != null) {
                credited.put(s.id, s);
            }
        }
        if (!credited.isEmpty()) {
            Map<Long, List<Overdue.Debit>> open = openOverdueDebits(connection, company, asOf, credited.keySet());
            for (Sums s : credited.values()) {
                s.oldestOverdueDue = Overdue.of(open.getOrDefault(s.id, List.of()), s.credits, asOf, Overdue.NONE)
                        .oldestDueDate();
            }
        }
        if (!corrected.isEmpty()) {
            Map<Long, ReceivableFigures> figures = JdbcReceivableFigures.ofIds(connection, company, corrected, asOf);
            for (Sums s : page) {
                ReceivableFigures f = figures.get(s.id);
                if (f != null) {
                    s.oldestOverdueDue = f.oldestOverdueDays() == 0 ? null : asOf.minusDays(f.oldestOverdueDays());
                }
            }
        }
    }

    /** The open debits past due on the day of these customers (no settlement after the day changed them). */
    private static Map<Long, List<Overdue.Debit>> openOverdueDebits(Connection connection, String company,
                                                                     LocalDate asOf, Collection<Long> ids)
            throws SQLException {
        Map<Long, List<Overdue.Debit>> open = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT t.customer_id, t.due_date, t.open_amount FROM ledger_transaction t WHERE t.customer_id IN ("
                            + String.join(",", Collections.nCopies(batch.size(), "?")) + ") AND t.company_code = ?"
                            + " AND t.due_date IS NOT NULL AND t.due_date < ? AND t.open_amount > 0"
                            + " AND t.document_date <= ?")) {
                int index = 1;
                for (long id : batch) {
                    statement.setLong(index++, id);
                }
                statement.setString(index++, company);
                Sql.setDate(statement, index++, asOf);
                Sql.setDate(statement, index, asOf);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        open.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Overdue.Debit(
                                rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), Overdue.NONE));
                    }
                }
            }
        }
        return open;
    }

    /** Adds a row of {@link #openAmounts} to its customer's sums. */
    static void addOpenAmounts(ResultSet rs, Sums s, boolean detailed) throws SQLException {
        int column = readOpenAmounts(rs, 2, s);
        if (detailed) {
            Date oldest = rs.getDate(column);
            s.oldestOverdueDue = oldest == null || oldest.toLocalDate().equals(NO_OVERDUE) ? null
                    : oldest.toLocalDate();
        }
    }

    /**
     * Reads the debit buckets and the credits of {@link #openAmountsSql} into {@code s}, from
     * {@code column} on (NULL, no open item, is zero); answers the next column.
     */
    static int readOpenAmounts(ResultSet rs, int column, Sums s) throws SQLException {
        int next = column;
        for (int i = 0; i < s.debits.length; i++) {
            s.debits[i] = orZero(rs.getBigDecimal(next++));
        }
        s.credits = orZero(rs.getBigDecimal(next++));
        return next;
    }

    /**
     * The disputed debits one by one, in customer order: their basis date and open amount, bucketed
     * in Java. They are few; the index on the collection status finds them (as sums per bucket in the
     * pass over all open items they cost twelve more aggregates per row, three times the floor on Derby).
     */
    static PreparedStatement disputed(Connection connection, String company, LocalDate asOf, AgingBasis basis,
                                      CustomerRange range) throws SQLException {
        String sql = "SELECT t.customer_id, " + basisColumn(basis) + ", t.open_amount FROM ledger_transaction t"
                + "\nWHERE t.collection_status = 'DISPUTED' AND t.due_date IS NOT NULL AND t.company_code = ?"
                + " AND t.document_date <= ?" + range.sql("t.customer_id")
                + " AND (t.open_amount > 0 OR t.status = 'REVERSED')"
                + " AND NOT (t.status = 'REVERSED' AND t.reversed_on <= ?)"
                + "\nORDER BY t.customer_id";
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        statement.setString(index++, company);
        Sql.setDate(statement, index++, asOf);
        index = range.bind(statement, index);
        Sql.setDate(statement, index, asOf);
        return statement;
    }

    /** Adds a row of {@link #disputed} to its customer's bucket. */
    static void addDisputed(ResultSet rs, Sums s) throws SQLException {
        int bucket = s.layout.bucketOf(rs.getDate(2).toLocalDate());
        s.disputed[bucket] = s.disputed[bucket].add(rs.getBigDecimal(3));
        s.disputedCounts[bucket]++;
    }

    /**
     * What the settlements made or undone after the as-of date change: a settlement made after it
     * (and never undone) was still open then (+), one made by it and undone after it was settled then
     * (−); made and undone after it counts nothing. On the debit side per bucket, on the credit side
     * in all, each side only if its document is dated on or before the as-of date. A settlement keeps
     * its documents' dates, so each window is one range over the settlements alone, grouped per
     * customer and the debit's basis date (bucketed in Java, as the disputed debits are).
     * <p>
     * No derived table and no CASE per row for the bucket: Derby ran the grouping over a derived
     * table of per-settlement CASEs in 0.6–0.9 s where the flat query takes 0.35 s (six months back,
     * 870 000 settlements).
     * <p>
     * The documents' status is not read: only payments are reversed, and a reversal undoes all their
     * settlements that day, so a payment reversed by the as-of date has no settlement that corrects it.
     */
    enum Correction {
        SETTLED_AFTER("s.settled_on", "s.settled_on > ?", "ix_settlement_settled_on", "s.undone_on IS NULL", false),
        // bounded above: Derby's index keeps the NULLs (never undone) last, and an open-ended range
        // walked through all of them
        UNDONE_AFTER("s.undone_on", "s.undone_on > ? AND s.undone_on < CAST('9999-12-31' AS DATE)",
                "ix_settlement_undone_on", "s.settled_on <= ?", true);

        /**
         * Up to this many settlements in a window, Derby reads them through the window's index; more,
         * and it scans the table (290 000 of 870 000 by the index took 3.4 s against 0.9 s scanned).
         */
        static final int FEW = 10_000;

        /** One of the settlement's documents is dated by the as-of date (else it corrects nothing). */
        private static final String DOCUMENTS_DATED =
                " AND (s.debit_document_date <= ? OR s.credit_document_date <= ?)";

        private final String column;
        private final String window;
        private final String index;
        private final String counts;
        private final boolean undoes;

        /**
         * {@code window} (its one parameter the as-of date; {@code column} and {@code index} find it):
         * the settlements the window holds. {@code counts} (its parameters the as-of date too): what
         * else one needs to correct anything; besides, one of its documents must be dated by the as-of
         * date. Six months back over 870 000 settlements, 83 000 of the 290 000 made after the date
         * correct something (the others settle documents that did not exist yet): they are left out
         * before the grouping. {@code undoes}: the window's settlements were in force on the date, so
         * they correct by minus their amounts.
         */
        Correction(String column, String window, String index, String counts, boolean undoes) {
            this.column = column;
            this.window = window;
            this.index = index;
            this.counts = counts;
            this.undoes = undoes;
        }

        /**
         * How Derby should find this window's settlements (a comment PostgreSQL ignores; it plans by its
         * statistics). Derby plans {@code settled_on > ?} without knowing the date: it scanned all
         * 870 000 settlements (0.3 s) for an aging as of today, which has none after it, and a stream
         * (read in customer order) walked every settlement by customer. So it is asked first: the
         * window's index alone, read up to {@link #FEW} + 1 entries (all companies: more than the
         * company has, never fewer). A small window is read through that index; a large one is
         * scanned (a stream is told so, else Derby would walk the customer index).
         */
        String derbyHint(Connection connection, CustomerRange range, LocalDate asOf) throws SQLException {
            if (range.between() != null || range.in() != null
                    || Sql.Dialect.of(connection) != Sql.Dialect.DERBY) {
                return "";
            }
            if (few(connection, asOf)) {
                return " --DERBY-PROPERTIES index=" + index;
            }
            return range.after() != null ? " --DERBY-PROPERTIES index=null" : "";
        }

        /** Whether the window holds at most {@link #FEW} settlements, of all companies, by its index alone. */
        private boolean few(Connection connection, LocalDate asOf) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + column
                    + " FROM settlement s --DERBY-PROPERTIES index=" + index + "\nWHERE " + window)) {
                statement.setMaxRows(FEW + 1);
                Sql.setDate(statement, 1, asOf);
                int rows = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows <= FEW;
            }
        }

        /**
         * Per customer and the debit's basis date (its due date, or document date for a document-date
         * definition): the settled amounts whose debit, and whose credit, is dated by the as-of date;
         * over the customers of {@code range}, in customer order for a range after an id (a merge).
         */
        PreparedStatement prepare(Connection connection, String company, CustomerRange range, LocalDate asOf,
                                  AgingBasis basis) throws SQLException {
            String debitBasis = basis.basis() == AgingBasis.Basis.DUE_DATE ? "s.debit_due_date"
                    : "s.debit_document_date";
            String sql = "SELECT s.customer_id, " + debitBasis + ","
                    + " SUM(CASE WHEN s.debit_document_date <= ? THEN s.amount ELSE 0 END),"
                    + " SUM(CASE WHEN s.credit_document_date <= ? THEN s.amount ELSE 0 END)"
                    + "\nFROM settlement s" + derbyHint(connection, range, asOf)
                    + "\nWHERE s.company_code = ? AND " + window + " AND " + counts
                    + DOCUMENTS_DATED + range.sql("s.customer_id")
                    + "\nGROUP BY s.customer_id, " + debitBasis + range.order("s.customer_id");
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                int next = 1;
                Sql.setDate(statement, next++, asOf);
                Sql.setDate(statement, next++, asOf);
                statement.setString(next++, company);
                String dated = window + counts + DOCUMENTS_DATED; // each of their parameters is the as-of date
                for (int k = dated.indexOf('?'); k >= 0; k = dated.indexOf('?', k + 1)) {
                    Sql.setDate(statement, next++, asOf);
                }
                range.bind(statement, next);
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }

        /** Adds a row of this correction to its customer's sums: to its debit's bucket, and to the credits. */
        void add(ResultSet rs, Sums s) throws SQLException {
            s.corrected = true;
            BigDecimal debit = orZero(rs.getBigDecimal(3));
            BigDecimal credit = orZero(rs.getBigDecimal(4));
            int bucket = s.layout.bucketOf(rs.getDate(2).toLocalDate()); // a definition's buckets cover every date
            s.debits[bucket] = undoes ? s.debits[bucket].subtract(debit) : s.debits[bucket].add(debit);
            s.credits = undoes ? s.credits.subtract(credit) : s.credits.add(credit);
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The scope as SQL over the customer alias {@code c}: all, or any of the criteria. */
    static String scopeSql(CustomerScope scope) {
        return scope.all() ? "" : " AND " + ScopeSql.over(scope, "c").sql();
    }

    static int bindScope(PreparedStatement statement, int index, CustomerScope scope) throws SQLException {
        for (String value : scopeParameters(scope)) {
            statement.setString(index++, value);
        }
        return index;
    }

    /** The parameters of {@link #scopeSql}, in order. */
    static List<String> scopeParameters(CustomerScope scope) {
        return ScopeSql.over(scope, "c").parameters();
    }
}
