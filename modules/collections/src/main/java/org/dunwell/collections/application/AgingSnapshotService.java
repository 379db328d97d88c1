package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.collections.domain.AgingSnapshot;
import org.dunwell.collections.domain.SnapshotRepository;
import org.dunwell.collections.domain.SnapshotRows;
import org.dunwell.collections.domain.pool.PoolFilter;
import org.dunwell.collections.domain.pool.PoolRule;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.AgingStream;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Aging snapshots: created here, written by the aging-snapshots job page by page from one pass over
 * the ledger ({@link AgingQueries#stream}), read with filters.
 */
@ApplicationScoped
@Transactional
public class AgingSnapshotService implements AgingSnapshots {

    private static final Map<String, SnapshotRows.Order> SORTS = Map.of(
            "account", SnapshotRows.Order.ACCOUNT,
            "balance", SnapshotRows.Order.BALANCE_DESC,
            "mostAged", SnapshotRows.Order.MOST_AGED_DESC,
            "oldestOverdueDays", SnapshotRows.Order.OLDEST_OVERDUE_DESC);

    private SnapshotRepository snapshots;
    private PoolsAndAgingService collections;
    private CustomerFiguresPages figures;
    private AgingQueries aging;
    private SnapshotRows rows;
    private Companies companies;
    private AuditTrail audit;
    private BusinessClock clock;

    protected AgingSnapshotService() {
    }

    @Inject
    public AgingSnapshotService(SnapshotRepository snapshots, PoolsAndAgingService collections,
                                CustomerFiguresPages figures, AgingQueries aging, SnapshotRows rows,
                                Companies companies, AuditTrail audit, BusinessClock clock) {
        this.snapshots = snapshots;
        this.collections = collections;
        this.figures = figures;
        this.aging = aging;
        this.rows = rows;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public AgingSnapshotView create(String company, LocalDate asOf, String definition, String pool, UserName actor) {
        AgingDefinitionView d = collections.definition(definition);
        if (d.buckets().size() > SnapshotRows.MAX_BUCKETS) {
            throw InvalidInputException.ofField("definition", "a snapshot holds at most "
                    + SnapshotRows.MAX_BUCKETS + " buckets; '" + d.name() + "' has " + d.buckets().size());
        }
        String poolName = null;
        if (pool != null && !pool.isBlank()) {
            poolName = collections.findPool(company, pool.trim())
                    .orElseThrow(() -> InvalidInputException.ofField("pool", "unknown pool '" + pool + "'")).name();
        }
        AgingSnapshot snapshot = new AgingSnapshot(company, asOf, d.name(), d.revision(),
                d.buckets().stream().map(b -> b.name()).toList(), poolName, actor.value(), clock.now());
        snapshots.store(snapshot);
        snapshots.flush();
        audit.record(new AuditEntry(company, "aging-snapshot", snapshot.id().toString(), "started", null, null,
                "asOf=" + asOf + " definition=" + d.name() + (poolName == null ? "" : " pool=" + poolName), null,
                actor.value(), clock.now()));
        return snapshot.toView();
    }

    @Override
    public void notStarted(long snapshot, String reason, UserName actor) {
        AgingSnapshot s = find(snapshot);
        s.requireRunning();
        snapshots.remove(s);
        audit.record(new AuditEntry(s.company(), "aging-snapshot", Long.toString(snapshot), "not-started", null, null,
                reason, null, actor.value(), clock.now()));
    }

    @Override
    public void ranAs(long snapshot, long executionId) {
        find(snapshot).ranAs(executionId);
    }

    @Override
    public SnapshotSource open(long snapshot, String cursor) {
        AgingSnapshot s = find(snapshot);
        s.requireRunning();
        // the revision the snapshot began with: a change of the definition since made another revision
        AgingDefinitionView d = collections.definition(s.definition(), s.definitionRevision());
        PoolFilter pool = s.pool() == null ? null : collections.poolFilter(s.company(), s.pool());
        CustomerScope candidates = pool == null ? CustomerScope.ALL : CustomerScope.anyOf(pool.criteria(s.company()));
        AgingStream stream = aging.stream(s.company(), cursor, s.asOf(), d.basis(), d.buckets(), candidates);
        String company = s.company();
        LocalDate asOf = s.asOf();
        return new SnapshotSource() {
            @Override
            public SnapshotPage next(int size) {
                List<AgedCustomer> page = new ArrayList<>(size);
                AgedCustomer customer;
                while (page.size() < size && (customer = stream.next()) != null) {
                    page.add(customer);
                }
                if (page.isEmpty()) {
                    return null;
                }
                List<CustomerFigures> all = figures.figures(company, asOf, page);
                List<CustomerFigures> kept = new ArrayList<>(all.size());
                for (CustomerFigures f : all) {
                    if (pool == null || pool.matches(f)) {
                        kept.add(f);
                    }
                }
                return new SnapshotPage(all.stream().map(CustomerFigures::account).toList(), kept, stream.cursor());
            }

            @Override
            public void close() {
                stream.close();
            }
        };
    }

    @Override
    public void write(long snapshot, SnapshotPage page) {
        find(snapshot).requireRunning();
        rows.replace(snapshot, page.accounts(), page.rows());
    }

    @Override
    public AgingSnapshotView complete(long snapshot) {
        AgingSnapshot s = snapshots.findForUpdate(snapshot)
                .orElseThrow(() -> new NotFoundException("aging snapshot", snapshot));
        long count = rows.count(s.company(), snapshot, s.bucketNames(), new SnapshotRows.Selection(
                CustomerScope.ALL, List.of(), List.of(), false));
        s.complete((int) count, clock.now());
        rows.refreshStatistics();
        return s.toView();
    }

    @Override
    public AgingSnapshotView get(String company, long snapshot) {
        return snapshots.find(snapshot).filter(s -> s.company().equals(company)).map(AgingSnapshot::toView)
                .orElseThrow(() -> new NotFoundException("aging snapshot", snapshot));
    }

    @Override
    public Page<AgingSnapshotView> list(String company, PageRequest page) {
        return snapshots.list(company, page).map(AgingSnapshot::toView);
    }

    @Override
    public Optional<AgingSnapshotView> latest(String company, String definition) {
        return snapshots.latestCompleted(company, PoolsAndAging.definitionName(definition)).map(AgingSnapshot::toView);
    }

    @Override
    public Page<CustomerFigures> rows(String company, long snapshot, RowQuery query, PageRequest page) {
        page.requireSortAmong(SORTS.keySet());
        AgingSnapshotView s = get(company, snapshot);
        SnapshotRows.Order order = page.sort().map(o -> SORTS.get(o.field())).orElse(SnapshotRows.Order.ACCOUNT);
        SnapshotRows.Selection selection = selection(company, query, order, s.buckets());
        String accounting = companies.get(CompanyCode.of(company)).accountingCurrency().getCurrencyCode();
        List<CustomerFigures> items = rows.read(company, snapshot, s.asOf(), s.buckets(), accounting, selection, order,
                page.offset(), page.size());
        return Page.of(items, page, rows.count(company, snapshot, s.buckets(), selection));
    }

    /** Rows of the pools named (any) and the conditions (all); balance order ranks convertible balances only. */
    SnapshotRows.Selection selection(String company, RowQuery query, SnapshotRows.Order order,
                                         List<String> buckets) {
        List<PoolFilter> pools = new ArrayList<>();
        for (String name : query.pools()) {
            pools.add(collections.poolFilter(company, name));
        }
        List<PoolRule> rules = PoolFilter.of(query.conditions(), new LinkedHashSet<>(buckets)).rules();
        return new SnapshotRows.Selection(query.scope(), pools, rules, order == SnapshotRows.Order.BALANCE_DESC);
    }

    private AgingSnapshot find(long snapshot) {
        return snapshots.find(snapshot).orElseThrow(() -> new NotFoundException("aging snapshot", snapshot));
    }
}
