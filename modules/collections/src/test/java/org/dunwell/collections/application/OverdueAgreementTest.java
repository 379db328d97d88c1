package org.dunwell.collections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.support.CollectionsTier;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ReceivableFigures;
import org.dunwell.ledger.infrastructure.jdbc.JdbcReceivableFigures;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Issue 19, item 5, as a property over random ledgers: the credit profile's figures, a pool's live figures (what
 * the workspace and pools show) and an aging snapshot's rows give every customer the same oldest overdue days, by
 * the one definition (ledger {@code Overdue}: after unapplied credits, no exclusion), today and as of a past day
 * whose open amounts later settlements changed.
 */
class OverdueAgreementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate PAST = LocalDate.of(2026, 9, 20);
    private static final UserName MANAGER = UserName.of("manager");

    /** Customers with invoices, payments to named invoices or to none (unapplied), credit notes, some late. */
    private static String randomLedger(CollectionsTier tier, long seed, int customers) {
        SplittableRandom random = new SplittableRandom(seed);
        String company = tier.newCompany("EUR");
        StringBuilder people = new StringBuilder("account,name,currency,region\n");
        StringBuilder invoices = new StringBuilder("document,account,document_date,due_date,currency,amount\n");
        StringBuilder payments = new StringBuilder("document,account,date,currency,amount,applies_to\n");
        StringBuilder notes = new StringBuilder("document,account,document_date,currency,amount\n");
        int documents = 0;
        for (int c = 1; c <= customers; c++) {
            String account = "R" + c;
            people.append(account).append(",Random ").append(c).append(",EUR,NORTH\n");
            List<String> mine = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                LocalDate date = LocalDate.of(2026, 5, 1).plusDays(random.nextInt(170));
                String invoice = "I" + (++documents);
                mine.add(invoice);
                invoices.append(invoice).append(',').append(account).append(',').append(date).append(',')
                        .append(date.plusDays(30)).append(",EUR,").append(10 + random.nextInt(490)).append(".00\n");
            }
            int paid = random.nextInt(4);
            for (int i = 0; i < paid; i++) {
                LocalDate on = LocalDate.of(2026, 10, 20).plusDays(random.nextInt(12));
                String target = random.nextBoolean() ? mine.get(random.nextInt(mine.size())) : "";
                payments.append("P").append(++documents).append(',').append(account).append(',').append(on)
                        .append(",EUR,").append(5 + random.nextInt(300)).append(".00,").append(target).append('\n');
            }
            if (random.nextInt(4) == 0) {
                notes.append("N").append(++documents).append(',').append(account).append(",2026-07-15,EUR,")
                        .append(5 + random.nextInt(100)).append(".00\n");
            }
        }
        tier.importCsv(ImportKind.CUSTOMERS, people.toString(), company);
        tier.importCsv(ImportKind.INVOICES, invoices.toString(), company);
        tier.importCsv(ImportKind.PAYMENTS, payments.toString(), company);
        tier.importCsv(ImportKind.CREDIT_NOTES, notes.toString(), company);
        return company;
    }

    @DatabaseTest
    void theCreditProfilePoolsAndSnapshotsAgreeOnOldestOverdueDays(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        int checked = 0;
        for (long seed = 1; seed <= 4; seed++) {
            String company = randomLedger(tier, seed, 12);
            tier.tx(s -> s.collections().createPool(company, "all", List.of(new PoolCondition("currency", "=", "EUR")),
                    MANAGER));
            for (LocalDate day : List.of(TODAY, PAST)) {
                Map<String, Integer> credit = new HashMap<>();
                for (int c = 1; c <= 12; c++) {
                    String account = "R" + c;
                    ReceivableFigures f = tier.tx(s -> new JdbcReceivableFigures(s.em()).ofCustomer(company, account,
                            day));
                    credit.put(account, f.oldestOverdueDays());
                }
                Map<String, Integer> pool = new HashMap<>();
                Map<String, String> poolMostAged = new HashMap<>();
                for (CustomerFigures f : tier.tx(s -> s.collections().poolCustomers(company, "all", day, ALL,
                        PageRequest.first(100))).items()) {
                    pool.put(f.account(), f.oldestOverdueDays());
                    poolMostAged.put(f.account(), f.mostAgedBucket());
                }
                Map<String, Integer> snapshot = new HashMap<>();
                for (CustomerFigures f : snapshotRows(tier, company, day)) {
                    snapshot.put(f.account(), f.oldestOverdueDays());
                    assertThat(f.mostAgedBucket()).as("the most-aged bucket by name, live and stored")
                            .isEqualTo(poolMostAged.get(f.account()));
                }
                for (String account : pool.keySet()) {
                    assertThat(pool.get(account)).as("seed %d %s on %s: pool against credit profile", seed, account,
                            day).isEqualTo(credit.get(account));
                    checked++;
                }
                for (String account : snapshot.keySet()) {
                    assertThat(snapshot.get(account)).as("seed %d %s on %s: snapshot against credit profile", seed,
                            account, day).isEqualTo(credit.get(account));
                }
            }
        }
        assertThat(checked).as("customers compared").isGreaterThan(40);
    }

    /** A snapshot as of {@code day}, run page by page (three customers a page), and its rows. */
    private static List<CustomerFigures> snapshotRows(CollectionsTier tier, String company, LocalDate day) {
        AgingSnapshotView created = tier.tx(s -> s.snapshots().create(company, day, null, null, MANAGER));
        String cursor = null;
        while (true) {
            String from = cursor;
            AgingSnapshots.SnapshotPage page = tier.tx(s -> {
                try (AgingSnapshots.SnapshotSource source = s.snapshots().open(created.id(), from)) {
                    return source.next(3);
                }
            });
            if (page == null) {
                break;
            }
            tier.tx(s -> {
                s.snapshots().write(created.id(), page);
                return null;
            });
            cursor = page.cursor();
        }
        tier.tx(s -> s.snapshots().complete(created.id()));
        return tier.tx(s -> s.snapshots().rows(company, created.id(), new AgingSnapshots.RowQuery(ALL, List.of(),
                List.of()), PageRequest.first(100))).items();
    }
}
