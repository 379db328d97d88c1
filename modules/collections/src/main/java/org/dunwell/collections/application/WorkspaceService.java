package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.dunwell.collections.api.Activities;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.CustomerHeader;
import org.dunwell.collections.api.CustomerWorkspaceView;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.collections.api.Workspace;
import org.dunwell.collections.api.WorkspaceView;
import org.dunwell.collections.domain.SnapshotRows;
import org.dunwell.collections.domain.pool.PoolFilter;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;

/**
 * The workspace's lists. Top customers come from the newest completed snapshot of all customers
 * (two index-ordered reads, whatever the size of the book); without one they are computed live,
 * page by page, keeping only the top in memory.
 */
@ApplicationScoped
@Transactional
public class WorkspaceService implements Workspace {

    /**
     * Largest collectible balance (balance less disputed amounts) first. Only customers with
     * something to collect are ranked (a positive collectible balance, in the accounting currency).
     */
    static final Comparator<CustomerFigures> BY_BALANCE = Comparator.comparing(
            (CustomerFigures f) -> f.collectibleBalance().amount()).thenComparing(CustomerFigures::account,
            Comparator.reverseOrder());
    static final Comparator<CustomerFigures> BY_MOST_AGED = Comparator.comparingInt(CustomerFigures::mostAgedRank)
            .thenComparing(f -> f.mostAgedAmount() == null ? BigDecimal.ZERO : f.mostAgedAmount().amount())
            .thenComparing(CustomerFigures::account, Comparator.reverseOrder());

    private PoolsAndAgingService collections;
    private AgingSnapshotService snapshots;
    private SnapshotRows rows;
    private CustomerFiguresPages figures;
    private Activities activities;
    private Companies companies;
    private CreditProfiles credit;
    private CustomerCollectionsRecords records;
    private Documents documents;
    private Customers customers;
    private BusinessClock clock;

    protected WorkspaceService() {
    }

    @Inject
    public WorkspaceService(PoolsAndAgingService collections, AgingSnapshotService snapshots, SnapshotRows rows,
                            CustomerFiguresPages figures, Activities activities, Companies companies,
                            CreditProfiles credit, Documents documents, Customers customers,
                            CustomerCollectionsRecords records, BusinessClock clock) {
        this.records = records;
        this.credit = credit;
        this.documents = documents;
        this.customers = customers;
        this.collections = collections;
        this.snapshots = snapshots;
        this.rows = rows;
        this.figures = figures;
        this.activities = activities;
        this.companies = companies;
        this.clock = clock;
    }

    @Override
    public WorkspaceView overview(String company, UserName user, List<String> pools, CustomerScope scope) {
        LocalDate today = clock.today();
        List<ActivityView> mine = activities.list(company, user.value(), "OPEN", null, null, CustomerScope.ALL,
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        List<ActivityView> reminders = mine.stream().filter(a -> a.reminderOn() != null
                && !a.reminderOn().isAfter(today)).toList();
        List<PoolFilter> filters = new ArrayList<>();
        for (String name : pools) {
            filters.add(collections.poolFilter(company, name));
        }
        Optional<AgingSnapshotView> latest = snapshots.latest(company, PoolsAndAging.DEFAULT_DEFINITION);
        List<CustomerFigures> top;
        List<CustomerFigures> aged;
        if (latest.isPresent()) {
            AgingSnapshotView s = latest.get();
            String accounting = companies.get(CompanyCode.of(company)).accountingCurrency().getCurrencyCode();
            top = rows.read(company, s.id(), s.asOf(), s.buckets(), accounting,
                    new SnapshotRows.Selection(scope, filters, List.of(), false,
                            SnapshotRows.Work.COLLECTIBLE), SnapshotRows.Order.COLLECTIBLE_DESC, 0, TOP);
            aged = rows.read(company, s.id(), s.asOf(), s.buckets(), accounting,
                    new SnapshotRows.Selection(scope, filters, List.of(), false,
                            SnapshotRows.Work.UNDISPUTED_AGED), SnapshotRows.Order.MOST_AGED_DESC, 0, TOP);
        } else {
            List<List<CustomerFigures>> live = live(company, today, scope, filters);
            top = live.get(0);
            aged = live.get(1);
        }
        return new WorkspaceView(today, pools, mine, reminders, latest.orElse(null), top, aged);
    }

    @Override
    public CustomerWorkspaceView customer(String company, String account, LocalDate asOf, CustomerScope scope) {
        CustomerView customer = customers.get(company, account, scope);
        CreditProfileView profile = credit.profile(company, account, asOf, scope);
        CustomerAging aging = collections.aging(company, account, asOf, null, scope);
        List<DocumentView> open = documents.list(new DocumentFilter(company, null, account, null, null, true, null,
                scope), PageRequest.first(PageRequest.MAX_SIZE)).items();
        List<DocumentView> debits = open.stream().filter(d -> d.kind().isDebit()).toList();
        CustomerCollectionsRecords.Records mine = records.of(company, account, asOf, scope);
        // the limit in force: the group's for a member of a limit group, and none when no limit is checked
        CustomerHeader header = new CustomerHeader(aging.openBalance(), profile.overdue(), profile.exposure().limit(),
                profile.exposure().available(), profile.riskScore(), profile.riskGroup(),
                profile.holdReason() == null ? "ACTIVE" : "ON_HOLD", profile.holdReason(),
                profile.paymentHistory().lastPaymentDate(), profile.paymentHistory().lastPaymentAmount());
        return new CustomerWorkspaceView(account, customer.name(), customer.currency(), asOf, header, aging,
                debits.stream().filter(d -> d.collectionStatus() != CollectionStatus.DISPUTED).toList(),
                debits.stream().filter(d -> d.collectionStatus() == CollectionStatus.DISPUTED).toList(),
                debits.stream().filter(d -> d.collectionStatus() == CollectionStatus.PROMISED).toList(),
                open.stream().filter(d -> !d.kind().isDebit()).toList(), customer.contacts(),
                customer.responsibleEmployee(), activities.list(company, null, "OPEN", account, null, scope,
                        PageRequest.first(PageRequest.MAX_SIZE)).items(), mine.cases(), mine.promises(),
                mine.restrictions());
    }

    /** Both top lists computed from the ledger as of today, keeping TOP of each in a heap. */
    private List<List<CustomerFigures>> live(String company, LocalDate today, CustomerScope scope,
                                             List<PoolFilter> filters) {
        AgingDefinitionView standard = collections.definition(PoolsAndAging.DEFAULT_DEFINITION);
        PriorityQueue<CustomerFigures> top = new PriorityQueue<>(BY_BALANCE);
        PriorityQueue<CustomerFigures> aged = new PriorityQueue<>(BY_MOST_AGED);
        String cursor = null;
        do {
            CustomerFiguresPages.FiguresPage page = figures.page(company, cursor, 500, today, standard, scope);
            for (CustomerFigures f : page.items()) {
                if (!filters.isEmpty() && filters.stream().noneMatch(p -> p.matches(f))) {
                    continue;
                }
                if (f.collectibleBalance() != null && f.collectibleBalance().isPositive()) {
                    keep(top, f);
                }
                if (f.mostAgedRank() >= 0) {
                    keep(aged, f);
                }
            }
            cursor = page.next();
        } while (cursor != null);
        List<CustomerFigures> topList = new ArrayList<>(top);
        topList.sort(BY_BALANCE.reversed());
        List<CustomerFigures> agedList = new ArrayList<>(aged);
        agedList.sort(BY_MOST_AGED.reversed());
        return List.of(topList, agedList);
    }

    private static void keep(PriorityQueue<CustomerFigures> heap, CustomerFigures f) {
        heap.add(f);
        if (heap.size() > TOP) {
            heap.poll();
        }
    }
}
