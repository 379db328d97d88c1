package org.dunwell.ledger.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.support.Ledger.importCsv;
import static org.dunwell.ledger.support.Ledger.newCompany;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.AgingList;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.AgingStream;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Aging by the contract: the set-based computation against an independent, straightforward
 * one over the raw rows, on thousands of random ledgers; and each edge of the contract.
 */
class AgingTest {

    static final List<AgingBucketSpec> STANDARD = List.of(
            new AgingBucketSpec("current", null, 0), new AgingBucketSpec("1-30", 1, 30),
            new AgingBucketSpec("31-60", 31, 60), new AgingBucketSpec("61-90", 61, 90),
            new AgingBucketSpec("91-180", 91, 180), new AgingBucketSpec("181+", 181, null));

    private static <T> T aging(TestDatabase db, Function<JdbcAgingQueries, T> work) {
        Function<EntityManager, T> inTransaction = em -> work.apply(new JdbcAgingQueries(em, db.dataSource()));
        return db.inTransaction(Ledger.UNIT, inTransaction);
    }

    private static List<String> amounts(CustomerAging aging) {
        return aging.buckets().stream().map(b -> b.amount().toPlainString()).toList();
    }

    @DatabaseTest
    void bucketBoundariesAtZeroOneThirtyAndThirtyOneDaysPastDue(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nB1,Edges,EUR\n", company);
        importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                D0,B1,2026-10-01,2026-11-22,EUR,1.00
                D1,B1,2026-10-01,2026-11-21,EUR,10.00
                D30,B1,2026-09-01,2026-10-23,EUR,100.00
                D31,B1,2026-09-01,2026-10-22,EUR,1000.00
                D181,B1,2026-01-01,2026-05-25,EUR,10000.00
                D180,B1,2026-01-01,2026-05-26,EUR,0.01
                LATER,B1,2026-11-23,2026-12-23,EUR,5.00
                """, company);
        CustomerAging aging = aging(db, q -> q.customer(company, "B1", LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, CustomerScope.ALL));
        assertThat(amounts(aging)).containsExactly("1.00", "110.00", "1000.00", "0.00", "0.01", "10000.00");
        assertThat(aging.openBalance().toPlainString()).as("LATER is dated after asOf").isEqualTo("11111.01");
        assertThat(aging.buckets()).extracting(CustomerAging.Bucket::name)
                .containsExactly("current", "1-30", "31-60", "61-90", "91-180", "181+");
    }

    @DatabaseTest
    void creditsReduceTheOldestBucketsFirstAndTheRestMakesCurrentNegative(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nN1,Negative,EUR\n", company);
        importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                OLD,N1,2026-07-01,2026-08-01,EUR,100.00
                NEW,N1,2026-11-01,2026-12-01,EUR,50.00
                """, company);
        importCsv(db, ImportKind.PAYMENTS, "document,account,date,currency,amount\nP1,N1,2026-11-10,EUR,180.00\n",
                company);
        CustomerAging aging = aging(db, q -> q.customer(company, "N1", LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, CustomerScope.ALL));
        assertThat(amounts(aging)).containsExactly("-30.00", "0.00", "0.00", "0.00", "0.00", "0.00");
        assertThat(aging.openBalance().toPlainString()).isEqualTo("-30.00");
    }

    @DatabaseTest
    void yenHasNoDecimalsAndUnknownAccountsOrScopesAreNotFound(TestDatabase db) {
        String company = newCompany(db, "JPY");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency,region\nJ1,Yen,JPY,WEST\n", company);
        importCsv(db, ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "Y1,J1,2026-09-01,2026-10-01,JPY,123456\n", company);
        CustomerAging aging = aging(db, q -> q.customer(company, "J1", LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, CustomerScope.ALL));
        assertThat(amounts(aging)).containsExactly("0", "0", "123456", "0", "0", "0");
        assertThatThrownBy(() -> aging(db, q -> q.customer(company, "NOPE", LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, CustomerScope.ALL))).isInstanceOf(NotFoundException.class);
        CustomerScope north = CustomerScope.anyOf(List.of(new CustomerCriteria(null, "NORTH", null, null)));
        assertThatThrownBy(() -> aging(db, q -> q.customer(company, "J1", LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, north))).isInstanceOf(NotFoundException.class);
        List<CustomerAging> visible = aging(db, q -> q.all(company, LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, north));
        assertThat(visible).isEmpty();
        CustomerScope west = CustomerScope.anyOf(List.of(new CustomerCriteria(null, "WEST", null, null)));
        List<CustomerAging> inWest = aging(db, q -> q.all(company, LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, west));
        assertThat(inWest).containsExactly(aging);
        // the list's keys and a page by accounts keep to the scope too
        List<AgingQueries.CustomerKey> keysInNorth = aging(db, q -> q.customers(company, north));
        assertThat(keysInNorth).isEmpty();
        List<AgingQueries.CustomerKey> keys = aging(db, q -> q.customers(company, CustomerScope.ALL));
        assertThat(keys).containsExactly(new AgingQueries.CustomerKey("J1", "Yen"));
        List<CustomerAging> pageInNorth = aging(db, q -> q.accounts(company, List.of("J1"),
                LocalDate.of(2026, 11, 22), AgingBasis.DAYS_PAST_DUE, STANDARD, north));
        assertThat(pageInNorth).isEmpty();
        List<CustomerAging> page = aging(db, q -> q.accounts(company, List.of("J1", "NOPE"),
                LocalDate.of(2026, 11, 22), AgingBasis.DAYS_PAST_DUE, STANDARD, CustomerScope.ALL));
        assertThat(page).containsExactly(aging);
    }

    @DatabaseTest
    void aDefinitionWithAGapIsRefused(TestDatabase db) {
        String company = newCompany(db, "EUR");
        List<AgingBucketSpec> gap = List.of(new AgingBucketSpec("current", null, 0),
                new AgingBucketSpec("2+", 2, null));
        assertThatThrownBy(() -> aging(db, q -> q.all(company, LocalDate.of(2026, 11, 22), AgingBasis.DAYS_PAST_DUE,
                gap, CustomerScope.ALL))).isInstanceOf(InvalidInputException.class);
    }

    @DatabaseTest
    void byDocumentDateInMonths(TestDatabase db) {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency\nM1,Months,EUR\n", company);
        importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                A,M1,2026-10-23,2026-12-31,EUR,1.00
                B,M1,2026-10-22,2026-12-31,EUR,2.00
                C,M1,2026-08-22,2026-12-31,EUR,4.00
                """, company);
        List<AgingBucketSpec> months = List.of(new AgingBucketSpec("this month", null, 0),
                new AgingBucketSpec("1 month", 1, 1), new AgingBucketSpec("2+ months", 2, null));
        CustomerAging aging = aging(db, q -> q.customer(company, "M1", LocalDate.of(2026, 11, 22),
                new AgingBasis(AgingBasis.Basis.DOCUMENT_DATE, AgingBasis.Unit.MONTHS), months, CustomerScope.ALL));
        assertThat(amounts(aging)).containsExactly("1.00", "2.00", "4.00");
    }

    @DatabaseTest
    void thousandsOfRandomLedgersAgeAsAStraightforwardComputationSays(TestDatabase db) throws SQLException {
        String company = newCompany(db, "EUR");
        Random random = new Random(20261122);
        int customers = 1000;
        LocalDate start = LocalDate.of(2026, 1, 1);
        StringBuilder customerCsv = new StringBuilder("account,name,currency\n");
        StringBuilder invoiceCsv = new StringBuilder("document,account,document_date,due_date,currency,amount\n");
        StringBuilder paymentCsv = new StringBuilder("document,account,date,currency,amount,applies_to\n");
        StringBuilder noteCsv = new StringBuilder("document,account,document_date,currency,amount,applies_to\n");
        List<String[]> unapplied = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String account = "R" + c;
            customerCsv.append(account).append(",Random ").append(c).append(",EUR\n");
            int invoices = random.nextInt(6);
            for (int i = 0; i < invoices; i++) {
                LocalDate date = start.plusDays(random.nextInt(330));
                String invoice = account + "-I" + i;
                BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(100_000), 2);
                invoiceCsv.append(invoice).append(',').append(account).append(',').append(date).append(',')
                        .append(date.plusDays(random.nextInt(90))).append(",EUR,").append(amount).append('\n');
                int roll = random.nextInt(10);
                LocalDate paid = date.plusDays(random.nextInt(200));
                if (roll < 5) {
                    BigDecimal part = roll < 2 ? amount.add(BigDecimal.valueOf(random.nextInt(5000), 2))
                            : amount.multiply(BigDecimal.valueOf(random.nextInt(100) + 1))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN).max(new BigDecimal("0.01"));
                    paymentCsv.append(account).append("-P").append(i).append(',').append(account).append(',')
                            .append(paid).append(",EUR,").append(part).append(',').append(invoice).append('\n');
                } else if (roll == 5) {
                    noteCsv.append(account).append("-N").append(i).append(',').append(account).append(',')
                            .append(paid).append(",EUR,").append(BigDecimal.valueOf(1 + random.nextInt(20_000), 2))
                            .append(random.nextBoolean() ? "," + invoice : ",").append('\n');
                } else if (roll == 6) {
                    String payment = account + "-U" + i;
                    paymentCsv.append(payment).append(',').append(account).append(',').append(paid)
                            .append(",EUR,").append(BigDecimal.valueOf(1 + random.nextInt(50_000), 2)).append(",\n");
                    unapplied.add(new String[] {payment, paid.toString()});
                }
            }
        }
        for (Object[] file : new Object[][] {{ImportKind.CUSTOMERS, customerCsv}, {ImportKind.INVOICES, invoiceCsv},
                {ImportKind.CREDIT_NOTES, noteCsv}, {ImportKind.PAYMENTS, paymentCsv}}) {
            assertThat(importCsv(db, (ImportKind) file[0], file[1].toString(), ImportMode.ALL_OR_NOTHING, company)
                    .errors()).isEmpty();
        }
        // settle some unsettled payments by the engine later, undo some, reverse some payments
        for (int i = 0; i < unapplied.size(); i++) {
            String[] payment = unapplied.get(i);
            LocalDate on = LocalDate.parse(payment[1]).plusDays(random.nextInt(60));
            try {
                var settled = Ledger.tx(db, s -> s.settlements().settle(new SettlementRequest(company, payment[0],
                        List.of(), null, on), Ledger.ERP));
                if (i % 3 == 0 && !settled.isEmpty()) {
                    Ledger.tx(db, s -> s.settlements().undo(company, settled.get(0).id(), on.plusDays(10), "test",
                            Ledger.ERP));
                }
            } catch (ConflictException nothingOpen) {
                // the customer had nothing open: the payment stays unsettled
            }
            if (i % 5 == 1) {
                Ledger.tx(db, s -> s.documents().reversePayment(company, payment[0], on.plusDays(20), "NSF",
                        Ledger.ERP));
            }
        }

        Reference reference = Reference.load(db, company);
        for (LocalDate asOf = LocalDate.of(2025, 12, 31); asOf.isBefore(LocalDate.of(2027, 3, 1));
             asOf = asOf.plusDays(53)) {
            LocalDate day = asOf;
            AgingList computed = aging(db, q -> q.all(company, day, AgingBasis.DAYS_PAST_DUE, STANDARD,
                    CustomerScope.ALL));
            assertThat(computed).hasSize(customers);
            // in account order (the customers were made in another: R0, R1, ... R9, R10), the list's keys those of
            // its records
            assertThat(computed).extracting(CustomerAging::account).isSorted();
            for (int i = 0; i < computed.size(); i++) {
                CustomerAging record = computed.get(i);
                assertThat(List.of(computed.account(i), computed.name(i), computed.openBalance(i)))
                        .isEqualTo(List.of(record.account(), record.name(), record.openBalance().amount()));
            }
            for (CustomerAging aging : computed) {
                Money sum = aging.buckets().stream().map(CustomerAging.Bucket::amount)
                        .reduce(Money.zero(aging.openBalance().currency()), Money::plus);
                assertThat(sum).as("buckets add up, %s on %s", aging.account(), day).isEqualTo(aging.openBalance());
                assertThat(amounts(aging)).as("%s on %s", aging.account(), day)
                        .isEqualTo(reference.buckets(aging.account(), day));
            }
            // page by page (the workspace's live lists): the same agings, every customer once
            Map<String, AgedCustomer> paged = paged(db, company, day, 97);
            assertThat(paged).hasSize(customers);
            computed.forEach(a -> assertThat(paged.get(a.account()).aging()).as("%s on %s", a.account(), day)
                    .isEqualTo(a));
            // in one pass (what the snapshot job reads), closed part way and opened again at its cursor as a
            // restarted job does: the same agings and details, every customer once
            Map<String, AgedCustomer> streamed = new HashMap<>();
            String resumeAt = aging(db, q -> {
                try (AgingStream stream = q.stream(company, null, day, AgingBasis.DAYS_PAST_DUE, STANDARD,
                        CustomerScope.ALL)) {
                    for (int i = 0; i < 600; i++) {
                        AgedCustomer a = stream.next();
                        assertThat(streamed.put(a.aging().account(), a)).isNull();
                    }
                    return stream.cursor();
                }
            });
            aging(db, q -> {
                try (AgingStream stream = q.stream(company, resumeAt, day, AgingBasis.DAYS_PAST_DUE, STANDARD,
                        CustomerScope.ALL)) {
                    for (AgedCustomer a = stream.next(); a != null; a = stream.next()) {
                        assertThat(streamed.put(a.aging().account(), a)).as("%s read twice", a.aging().account())
                                .isNull();
                    }
                    assertThat(stream.next()).isNull();
                }
                return null;
            });
            assertThat(streamed).hasSize(customers);
            computed.forEach(a -> assertThat(streamed.get(a.account())).as("%s on %s", a.account(), day)
                    .isEqualTo(paged.get(a.account())));
            // by accounts (a page of the list): scattered customers in the order asked, unknown ones left out
            List<String> asked = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                asked.add("R" + random.nextInt(customers));
            }
            asked = new ArrayList<>(new LinkedHashSet<>(asked));
            asked.add(7, "NO-SUCH-ACCOUNT");
            List<String> wanted = List.copyOf(asked);
            List<CustomerAging> byAccounts = aging(db, q -> q.accounts(company, wanted, day, AgingBasis.DAYS_PAST_DUE,
                    STANDARD, CustomerScope.ALL));
            Map<String, CustomerAging> byAccount = new HashMap<>();
            computed.forEach(a -> byAccount.put(a.account(), a));
            assertThat(byAccounts).as("on %s", day)
                    .isEqualTo(wanted.stream().filter(byAccount::containsKey).map(byAccount::get).toList());
        }
    }

    /** Every customer's aging and details read page by page; each customer must come once. */
    private static Map<String, AgedCustomer> paged(TestDatabase db, String company, LocalDate day, int size) {
        Map<String, AgedCustomer> paged = new HashMap<>();
        String cursor = null;
        do {
            String after = cursor;
            AgingQueries.AgingPage page = aging(db, q -> q.page(company, after, size, day, AgingBasis.DAYS_PAST_DUE,
                    STANDARD, CustomerScope.ALL));
            page.items().forEach(a -> assertThat(paged.put(a.aging().account(), a)).as("%s read twice",
                    a.aging().account()).isNull());
            cursor = page.next();
        } while (cursor != null);
        return paged;
    }

    @DatabaseTest
    void aPageCarriesDisputedAmountsPerBucketAndTheOldestOverdueDueDate(TestDatabase db) throws SQLException {
        String company = newCompany(db, "EUR");
        importCsv(db, ImportKind.CUSTOMERS, "account,name,currency,region\nQ1,Disputes,EUR,NORTH\n"
                + "Q2,Other,EUR,SOUTH\n", company);
        importCsv(db, ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                QA,Q1,2026-09-01,2026-10-01,EUR,100.00
                QB,Q1,2026-09-01,2026-10-05,EUR,40.00
                QC,Q1,2026-11-01,2026-12-01,EUR,7.00
                QD,Q2,2026-11-01,2026-12-31,EUR,9.00
                """, company);
        try (Connection connection = db.connect()) {
            connection.createStatement().executeUpdate("UPDATE ledger_transaction SET collection_status = 'DISPUTED'"
                    + " WHERE document IN ('QA', 'QC') AND company_code = '" + company + "'");
        }
        CustomerScope north = CustomerScope.anyOf(List.of(new CustomerCriteria(null, "NORTH", null, null)));
        AgingQueries.AgingPage page = aging(db, q -> q.page(company, null, 10, LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, north));
        assertThat(page.items()).hasSize(1);
        assertThat(page.next()).as("fewer than asked: the last page").isNull();
        AgedCustomer q1 = page.items().get(0);
        assertThat(q1.region()).isEqualTo("NORTH");
        assertThat(q1.disputedAmounts()).extracting(Money::toPlainString)
                .containsExactly("7.00", "0.00", "100.00", "0.00", "0.00", "0.00");
        assertThat(q1.disputedCounts()).containsExactly(1, 0, 1, 0, 0, 0);
        assertThat(q1.oldestOverdueDueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q1.oldestOverdueDays()).isEqualTo(52);
        AgedCustomer streamed = aging(db, q -> {
            try (AgingStream stream = q.stream(company, null, LocalDate.of(2026, 11, 22), AgingBasis.DAYS_PAST_DUE,
                    STANDARD, north)) {
                AgedCustomer only = stream.next();
                assertThat(stream.next()).as("Q2 is outside the scope").isNull();
                return only;
            }
        });
        assertThat(streamed).isEqualTo(q1);
        // open but nothing overdue: no oldest overdue date (the query's stand-in for none never leaks)
        CustomerScope south = CustomerScope.anyOf(List.of(new CustomerCriteria(null, "SOUTH", null, null)));
        AgedCustomer q2 = aging(db, q -> q.page(company, null, 10, LocalDate.of(2026, 11, 22),
                AgingBasis.DAYS_PAST_DUE, STANDARD, south)).items().get(0);
        AgedCustomer q2Streamed = aging(db, q -> {
            try (AgingStream stream = q.stream(company, null, LocalDate.of(2026, 11, 22), AgingBasis.DAYS_PAST_DUE,
                    STANDARD, south)) {
                return stream.next();
            }
        });
        assertThat(q2.aging().openBalance().toPlainString()).isEqualTo("9.00");
        assertThat(q2.oldestOverdueDueDate()).isNull();
        assertThat(q2.oldestOverdueDays()).isZero();
        assertThat(q2Streamed).isEqualTo(q2);
    }

    /** The contract's rules over the raw rows, in plain loops: the independent computation. */
    private record Reference(Map<Long, String[]> documents, List<String[]> settlements, Map<Long, String> accounts) {

        static Reference load(TestDatabase db, String company) throws SQLException {
            Map<Long, String[]> documents = new HashMap<>();
            Map<Long, String> accounts = new HashMap<>();
            List<String[]> settlements = new ArrayList<>();
            try (Connection connection = db.connect()) {
                try (ResultSet rs = connection.createStatement().executeQuery("""
                        SELECT t.id, t.kind, c.account, t.document_date, t.due_date, t.amount, t.status, t.reversed_on
                        FROM ledger_transaction t JOIN customer c ON c.id = t.customer_id
                        WHERE t.company_code = '""" + company + "'")) {
                    while (rs.next()) {
                        documents.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getBigDecimal(6).toPlainString(), rs.getString(7),
                                rs.getString(8)});
                        accounts.put(rs.getLong(1), rs.getString(3));
                    }
                }
                try (ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT debit_id, credit_id, amount, settled_on, undone_on FROM settlement WHERE company_code = '"
                                + company + "'")) {
                    while (rs.next()) {
                        settlements.add(new String[] {rs.getString(1), rs.getString(2),
                                rs.getBigDecimal(3).toPlainString(), rs.getString(4), rs.getString(5)});
                    }
                }
            }
            return new Reference(documents, settlements, accounts);
        }

        List<String> buckets(String account, LocalDate asOf) {
            BigDecimal[] buckets = new BigDecimal[STANDARD.size()];
            Arrays.fill(buckets, BigDecimal.ZERO);
            BigDecimal credits = BigDecimal.ZERO;
            for (Map.Entry<Long, String[]> entry : documents.entrySet()) {
                String[] d = entry.getValue();
                if (!d[1].equals(account) || LocalDate.parse(d[2]).isAfter(asOf)) {
                    continue;
                }
                if ("REVERSED".equals(d[5]) && !LocalDate.parse(d[6]).isAfter(asOf)) {
                    continue;
                }
                BigDecimal open = new BigDecimal(d[4]);
                for (String[] s : settlements) {
                    boolean mine = Long.parseLong(s[0]) == entry.getKey() || Long.parseLong(s[1]) == entry.getKey();
                    boolean active = !LocalDate.parse(s[3]).isAfter(asOf)
                            && (s[4] == null || LocalDate.parse(s[4]).isAfter(asOf));
                    if (mine && active) {
                        open = open.subtract(new BigDecimal(s[2]));
                    }
                }
                boolean debit = d[0].equals("INVOICE") || d[0].equals("FEE") || d[0].equals("INTEREST");
                if (!debit) {
                    credits = credits.add(open);
                    continue;
                }
                long daysPastDue = ChronoUnit.DAYS.between(LocalDate.parse(d[3]), asOf);
                int bucket = daysPastDue <= 0 ? 0 : daysPastDue <= 30 ? 1 : daysPastDue <= 60 ? 2
                        : daysPastDue <= 90 ? 3 : daysPastDue <= 180 ? 4 : 5;
                buckets[bucket] = buckets[bucket].add(open);
            }
            for (int i = buckets.length - 1; i >= 0 && credits.signum() > 0; i--) {
                BigDecimal taken = credits.min(buckets[i].max(BigDecimal.ZERO));
                buckets[i] = buckets[i].subtract(taken);
                credits = credits.subtract(taken);
            }
            buckets[0] = buckets[0].subtract(credits);
            List<String> out = new ArrayList<>();
            for (BigDecimal b : buckets) {
                out.add(b.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
            }
            return out;
        }
    }
}
