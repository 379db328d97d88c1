package org.dunwell.collections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.dunwell.collections.api.AgentView;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.CustomerWorkspaceView;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.api.PoolView;
import org.dunwell.collections.api.PromiseDraft;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.collections.api.RestrictionView;
import org.dunwell.collections.support.CollectionsTier;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerDraft;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Pools decide what an agent sees; a snapshot ages every customer once, page by page, and its rows are read back
 * by scope, pool and condition; the workspace shows one customer's figures. All against hand-computed aging as of
 * 2 November 2026 on the standard definition (current, 1-30, 31-60, 61-90, 91-180, 181+).
 */
class PoolsSnapshotsAndWorkspaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final UserName MANAGER = UserName.of("manager");

    /**
     * A1 (NORTH) 100.00 not due; A2 (NORTH) 200.00 13 days and 50.00 93 days overdue; A3 (SOUTH) 400.00 38 days
     * overdue less an unapplied payment of 150.00 (credits reduce the oldest bucket first).
     */
    private static String ledger(CollectionsTier tier) {
        String company = tier.newCompany("EUR");
        tier.importCsv(ImportKind.CUSTOMERS, """
                account,name,currency,region
                A1,Alpha,EUR,NORTH
                A2,Beta,EUR,NORTH
                A3,Gamma,EUR,SOUTH
                """, company);
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                X1,A1,2026-10-11,2026-11-10,EUR,100.00
                X2,A2,2026-09-20,2026-10-20,EUR,200.00
                X3,A2,2026-07-01,2026-08-01,EUR,50.00
                X4,A3,2026-08-26,2026-09-25,EUR,400.00
                """, company);
        tier.importCsv(ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                P1,A3,2026-10-30,EUR,150.00,
                """, company);
        return company;
    }

    private static PoolView pool(CollectionsTier tier, String company, String name, PoolCondition... conditions) {
        return tier.tx(s -> s.collections().createPool(company, name, List.of(conditions), MANAGER));
    }

    private static Map<String, Money> nonZeroBuckets(CustomerFigures row) {
        return row.buckets().stream().filter(b -> !b.amount().isZero())
                .collect(Collectors.toMap(CustomerFigures.Bucket::name, CustomerFigures.Bucket::amount));
    }

    @DatabaseTest
    void anAgentWorksPoolsInSeveralCompaniesAndPoolsAreRenamedAndDeleted(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String first = ledger(tier);
        String second = ledger(tier);
        // agents are users of the server, across companies: a name of this test's own
        String ann = "ann-" + first;
        pool(tier, first, "north", new PoolCondition("region", "=", "NORTH"));
        pool(tier, second, "south", new PoolCondition("region", "=", "SOUTH"));
        AgentView one = tier.tx(s -> s.collections().assignAgent(ann, first, List.of("north"), "north", 0,
                "covers the north", MANAGER));
        assertThatThrownBy(() -> tier.tx(s -> s.collections().assignAgent(ann, second, List.of("south"), "south",
                one.version() + 1, "and the south", MANAGER))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.collections().assignAgent(ann, second, null, null,
                one.version(), "wipe", MANAGER))).as("no pools given is not 'no pools'")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.collections().assignAgent(ann, second, List.of("south"), null,
                one.version(), "no default", MANAGER))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.collections().assignAgent(ann, second, List.of("south"), "south",
                one.version(), null, MANAGER))).isInstanceOf(InvalidInputException.class);
        AgentView both = tier.tx(s -> s.collections().assignAgent(ann, second, List.of("south"), "south",
                one.version(), "and the south", MANAGER));
        assertThat(both.version()).isGreaterThan(one.version());
        assertThat(both.in(first)).isEqualTo(new AgentView.Assignment(first, List.of("north"), "north"));
        assertThat(both.in(second)).isEqualTo(new AgentView.Assignment(second, List.of("south"), "south"));
        CustomerScope anns = tier.tx(s -> s.collections().scopeOf(UserName.of(ann), false));
        assertThat(anns.includes(first, "NORTH", null, "EUR", null)).isTrue();
        assertThat(anns.includes(second, "SOUTH", null, "EUR", null)).isTrue();
        assertThat(anns.includes(second, "NORTH", null, "EUR", null)).isFalse();
        assertThat(tier.tx(s -> s.audit().history(first, "agent", ann, PageRequest.first(10))).items())
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("covers the north"));

        PoolView north = tier.tx(s -> s.collections().pool(first, "north"));
        PoolView renamed = tier.tx(s -> s.collections().updatePool(first, "north", north.version(), "north-eu",
                north.conditions(), MANAGER));
        assertThat(renamed.name()).isEqualTo("north-eu");
        assertThat(renamed.agents()).containsExactly(ann);
        assertThat(tier.tx(s -> s.collections().agent(UserName.of(ann))).in(first).pools())
                .containsExactly("north-eu");
        PoolView spare = pool(tier, first, "spare", new PoolCondition("region", "=", "WEST"));
        assertThatThrownBy(() -> tier.tx(s -> s.collections().updatePool(first, "spare", spare.version(), "north-eu",
                List.of(new PoolCondition("region", "=", "WEST")), MANAGER))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tier.tx(s -> {
            s.collections().deletePool(first, "north-eu", renamed.version(), "merged", MANAGER);
            return null;
        })).isInstanceOf(ConflictException.class).hasMessageContaining(ann);
        AgentView moved = tier.tx(s -> s.collections().agent(UserName.of(ann)));
        tier.tx(s -> s.collections().assignAgent(ann, first, List.of("spare"), "spare", moved.version(),
                "moved", MANAGER));
        long version = tier.tx(s -> s.collections().pool(first, "north-eu")).version();
        tier.tx(s -> {
            s.collections().deletePool(first, "north-eu", version, "merged", MANAGER);
            return version;
        });
        List<PoolView> left = tier.tx(s -> s.collections().pools(first));
        assertThat(left).extracting(PoolView::name).containsExactly("spare");
        assertThat(tier.tx(s -> s.collections().agent(UserName.of(ann))).in(second).pools())
                .as("the other company's pools stay").containsExactly("south");
    }

    @DatabaseTest
    void aPoolSelectsByTheResponsibleEmployeeSetByImportOrByHand(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        tier.importCsv(ImportKind.CUSTOMERS, """
                account,name,currency,region,responsible
                A1,Alpha,EUR,NORTH,ann
                """, company);
        long version = tier.tx(s -> s.customers().get(company, "A3", ALL)).version();
        tier.tx(s -> s.customers().update(company, "A3", version, new CustomerDraft(null, null, null, null, null, null,
                null, null, null, "ann", null), MANAGER, "ann takes it"));
        pool(tier, company, "anns", new PoolCondition("responsible", "=", "ann"));
        assertThat(tier.tx(s -> s.collections().poolCustomers(company, "anns", TODAY, ALL, PageRequest.first(10)))
                .items()).extracting(CustomerFigures::account).containsExactly("A1", "A3");
    }

    @DatabaseTest
    void anAgentSeesTheCustomersItsPoolsMatchAndNobodyElse(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        PoolView north = pool(tier, company, "north", new PoolCondition("region", "=", "NORTH"));
        assertThatThrownBy(() -> pool(tier, company, "bad", new PoolCondition("colour", "=", "red")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.collections().updatePool(company, "north", north.version() + 1,
                null, List.of(new PoolCondition("region", "=", "SOUTH")), MANAGER)))
                .isInstanceOf(StaleVersionException.class);
        // "ann" works pools of other tests' companies too: her pools in this company are set from her version now
        long version = tier.tx(s -> s.collections().agent(UserName.of("ann"))).version();
        tier.tx(s -> s.collections().assignAgent("ann", company, List.of("north"), "north", version,
                "covers the north", MANAGER));

        CustomerScope ann = tier.tx(s -> s.collections().scopeOf(UserName.of("ann"), false));
        assertThat(ann.includes(company, "NORTH", null, "EUR", null)).isTrue();
        assertThat(ann.includes(company, "SOUTH", null, "EUR", null)).isFalse();
        CustomerScope nobody = tier.tx(s -> s.collections().scopeOf(UserName.of("nobody"), false));
        assertThat(nobody).as("an agent without pools sees nobody").isEqualTo(CustomerScope.NONE);
        CustomerScope manager = tier.tx(s -> s.collections().scopeOf(MANAGER, true));
        assertThat(manager).isEqualTo(ALL);

        List<CustomerFigures> members = tier.tx(s -> s.collections().poolCustomers(company, "north", TODAY, ALL,
                PageRequest.first(10))).items();
        assertThat(members).extracting(CustomerFigures::account, CustomerFigures::balance).containsExactly(
                Tuple.tuple("A1", eur("100.00")),
                Tuple.tuple("A2", eur("250.00")));
        assertThat(tier.tx(s -> s.customers().list(new CustomerFilter(company, null, null,
                null, null, ann), PageRequest.first(10))).items()).extracting(c -> c.account())
                .containsExactly("A1", "A2");
    }

    @DatabaseTest
    void aSnapshotAgesEveryCustomerOnceAndItsRowsAreReadBackByScopePoolAndCondition(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        pool(tier, company, "north", new PoolCondition("region", "=", "NORTH"));
        pool(tier, company, "late", new PoolCondition("oldestOverdueDays", ">", "30"));
        AgingSnapshotView created = tier.tx(s -> s.snapshots().create(company, TODAY, null, null, MANAGER));
        assertThat(created.definition()).isEqualTo("standard");
        int pages = 0;
        String cursor = null;
        while (true) {
            String from = cursor;
            AgingSnapshots.SnapshotPage page = tier.tx(s -> {
                try (AgingSnapshots.SnapshotSource source = s.snapshots().open(created.id(), from)) {
                    return source.next(2);
                }
            });
            if (page == null) {
                break;
            }
            tier.tx(s -> {
                s.snapshots().write(created.id(), page);
                return null;
            });
            pages++;
            cursor = page.cursor();
        }
        assertThat(pages).as("three customers, two per page").isEqualTo(2);
        AgingSnapshotView done = tier.tx(s -> s.snapshots().complete(created.id()));
        assertThat(done.customers()).isEqualTo(3);

        List<CustomerFigures> rows = rows(tier, company, created.id(), ALL, List.of(), List.of());
        assertThat(rows).extracting(CustomerFigures::account).containsExactly("A1", "A2", "A3");
        assertThat(nonZeroBuckets(rows.get(0))).isEqualTo(Map.of("current", eur("100.00")));
        assertThat(nonZeroBuckets(rows.get(1))).isEqualTo(Map.of("1-30", eur("200.00"), "91-180", eur("50.00")));
        assertThat(nonZeroBuckets(rows.get(2))).isEqualTo(Map.of("31-60", eur("250.00")));
        for (CustomerFigures row : rows) {
            Money sum = row.buckets().stream().map(CustomerFigures.Bucket::amount).reduce(eur("0.00"), Money::plus);
            assertThat(sum).as("the buckets of " + row.account() + " add up to its balance").isEqualTo(row.balance());
        }
        assertThat(rows).extracting(CustomerFigures::oldestOverdueDays).containsExactly(0, 93, 38);

        CustomerScope northOnly = tier.tx(s -> s.collections().scopeOfPool(company, "north", MANAGER, true));
        assertThat(rows(tier, company, created.id(), northOnly, List.of(), List.of()))
                .extracting(CustomerFigures::account).containsExactly("A1", "A2");
        assertThat(rows(tier, company, created.id(), ALL, List.of("late"), List.of()))
                .extracting(CustomerFigures::account).containsExactly("A2", "A3");
        assertThat(rows(tier, company, created.id(), northOnly, List.of("late"), List.of()))
                .extracting(CustomerFigures::account).containsExactly("A2");
        assertThat(rows(tier, company, created.id(), ALL, List.of(),
                List.of(new PoolCondition("balance", ">=", "250.00")))).extracting(CustomerFigures::account)
                .containsExactly("A2", "A3");
        assertThatThrownBy(() -> tier.tx(s -> s.snapshots().get("OTHER", created.id())))
                .as("another company's snapshot").isInstanceOf(NotFoundException.class);
    }

    private static List<CustomerFigures> rows(CollectionsTier tier, String company, long snapshot,
                                              CustomerScope scope, List<String> pools, List<PoolCondition> conditions) {
        return tier.tx(s -> s.snapshots().rows(company, snapshot, new AgingSnapshots.RowQuery(scope, pools,
                conditions), PageRequest.first(10))).items();
    }

    @DatabaseTest
    void theWorkspaceShowsOneVisibleCustomersFiguresAndTransactions(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        CustomerWorkspaceView a2 = tier.tx(s -> s.workspace().customer(company, "A2", TODAY, ALL));
        assertThat(a2.header().balance()).isEqualTo(eur("250.00"));
        assertThat(a2.header().overdue()).isEqualTo(eur("250.00"));
        assertThat(a2.aging().openBalance()).isEqualTo(eur("250.00"));
        assertThat(a2.openTransactions()).extracting(DocumentView::document).containsExactlyInAnyOrder("X2", "X3");
        CustomerWorkspaceView a3 = tier.tx(s -> s.workspace().customer(company, "A3", TODAY, ALL));
        assertThat(a3.header().balance()).as("400.00 - 150.00").isEqualTo(eur("250.00"));
        assertThat(a3.unsettledPayments()).extracting(DocumentView::document).containsExactly("P1");

        // the customer page has what an agent needs: the case, the promise, the restriction in force
        CaseView opened = tier.tx(s -> s.cases().open(company, "Late payer", "GENERAL", null, null,
                List.of("X2"), ALL, MANAGER));
        PromiseView promised = tier.tx(s -> s.promises().create(company, new PromiseDraft("A2", new BigDecimal("50.00"),
                null, TODAY.plusDays(7), List.of("X3"), null, null, null), ALL, MANAGER));
        RestrictionView paused = tier.tx(s -> s.restrictions().restrict(company, "A2", "X2",
                RestrictionKind.PAUSED, "credit note on its way", null, TODAY.plusDays(14), ALL, MANAGER));
        CustomerWorkspaceView page = tier.tx(s -> s.workspace().customer(company, "A2", TODAY, ALL));
        assertThat(page.cases()).extracting(CaseView::id).containsExactly(opened.id());
        assertThat(page.promises()).extracting(PromiseView::id).containsExactly(promised.id());
        assertThat(page.restrictions()).extracting(RestrictionView::id).containsExactly(paused.id());
        assertThat(page.header().accountStatus()).isEqualTo("ACTIVE");

        pool(tier, company, "north", new PoolCondition("region", "=", "NORTH"));
        CustomerScope northOnly = tier.tx(s -> s.collections().scopeOfPool(company, "north", MANAGER, true));
        String missing = catchThrowable(() -> tier.tx(s -> s.workspace().customer(company, "NOPE", TODAY,
                northOnly))).getMessage().replace("NOPE", "A3");
        assertThatThrownBy(() -> tier.tx(s -> s.workspace().customer(company, "A3", TODAY, northOnly)))
                .isInstanceOf(NotFoundException.class).hasMessage(missing);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
