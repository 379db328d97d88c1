package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dunwell.collections.api.AgentView;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.api.PoolView;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.collections.domain.AgingDefinition;
import org.dunwell.collections.domain.CollectionAgent;
import org.dunwell.collections.domain.CollectionPool;
import org.dunwell.collections.domain.pool.PoolFilter;
import org.dunwell.collections.domain.pool.PoolRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.AgingList;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;

/** Aging by named definition, pools and agents, and the visibility rule built from them. */
@ApplicationScoped
@Transactional
public class PoolsAndAgingService implements PoolsAndAging {

    /** Sort fields of the aging list. */
    private static final Set<String> SORT = Set.of("account", "name", "openBalance");

    /**
     * Sort fields the list can be ordered and cut by before any aging is computed (then only the
     * page's customers are aged); ties in account order.
     */
    private static final Map<String, Comparator<AgingQueries.CustomerKey>> KEY_SORT = Map.of(
            "account", Comparator.comparing(AgingQueries.CustomerKey::account),
            "name", Comparator.comparing(AgingQueries.CustomerKey::name));

    /** The audit trail's subject type for pools (key: the pool's name). */
    public static final String POOL_SUBJECT = "pool";
    private static final int FIGURES_PAGE = 500;

    private PoolRepository repository;
    private AgingQueries aging;
    private AuditTrail audit;
    private BusinessClock clock;
    private CustomerFiguresPages figures;

    protected PoolsAndAgingService() {
    }

    @Inject
    public PoolsAndAgingService(PoolRepository pools, AgingQueries aging, AuditTrail audit, BusinessClock clock,
                              CustomerFiguresPages figures) {
        this.repository = pools;
        this.aging = aging;
        this.audit = audit;
        this.clock = clock;
        this.figures = figures;
    }

    @Override
    public CustomerScope scopeOf(UserName user, boolean seesAllCustomers) {
        if (seesAllCustomers) {
            return CustomerScope.ALL;
        }
        return agent(user.value()).map(a -> {
            Set<String> buckets = bucketNames();
            return CustomerScope.anyOf(a.pools().stream().flatMap(p -> visibility(p, buckets).stream()).toList());
        }).orElse(CustomerScope.NONE);
    }

    @Override
    public CustomerScope scopeOfPool(String company, String pool, UserName user, boolean seesAllCustomers) {
        CollectionPool found = requirePool(company, pool, user, seesAllCustomers);
        return CustomerScope.anyOf(visibility(found, bucketNames()));
    }

    /**
     * What a pool makes visible: the customers its master-data conditions match (decision 0015:
     * figure conditions narrow the pool's work lists, not who an agent may look at).
     */
    private static List<CustomerCriteria> visibility(CollectionPool pool, Set<String> bucketNames) {
        return pool.filter(bucketNames).criteria(pool.company());
    }

    /** A pool's saved filter; an unknown pool is not found. */
    PoolFilter poolFilter(String company, String name) {
        return findPool(company, name).orElseThrow(() -> new NotFoundException("pool", name)).filter(bucketNames());
    }

    /** The pool, if the caller may use it (an agent only its own pools; others not found). */
    CollectionPool requirePool(String company, String pool, UserName user, boolean seesAllCustomers) {
        CollectionPool found = findPool(company, pool == null ? "" : pool.trim())
                .orElseThrow(() -> new NotFoundException("pool", pool));
        if (!seesAllCustomers && agent(user.value()).map(a -> !a.works(found)).orElse(true)) {
            throw new NotFoundException("pool", pool);
        }
        return found;
    }

    /** The bucket names a pool's {@code bucket:} conditions may name: those of the standard definition. */
    Set<String> bucketNames() {
        return definition(PoolsAndAging.DEFAULT_DEFINITION).buckets().stream().map(AgingBucketSpec::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public AgingDefinitionView definition(String name) {
        String wanted = PoolsAndAging.definitionName(name);
        return repository.definition(wanted).map(AgingDefinition::toView)
                .orElseThrow(() -> InvalidInputException.ofField("definition",
                        "unknown aging definition '" + wanted + "'"));
    }

    @Override
    public AgingDefinitionView definition(String name, int revision) {
        return repository.definition(name, revision).map(AgingDefinition::toView)
                .orElseThrow(() -> new NotFoundException("aging definition", name + " revision " + revision));
    }

    @Override
    public CustomerAging aging(String company, String account, LocalDate asOf, String definition,
                               CustomerScope scope) {
        AgingDefinitionView d = definition(definition);
        return aging.customer(company, account, asOf, d.basis(), d.buckets(), scope);
    }

    @Override
    public Page<CustomerAging> agingList(String company, LocalDate asOf, String definition, CustomerScope scope,
                                         PageRequest page) {
        page.requireSortAmong(SORT);
        AgingDefinitionView d = definition(definition);
        Optional<PageRequest.Sort> sort = page.sort();
        if (sort.isEmpty() || KEY_SORT.containsKey(sort.get().field())) {
            // by account or name: order and cut the customers first, then age the page's customers only
            List<AgingQueries.CustomerKey> keys = new ArrayList<>(aging.customers(company, scope));
            sort.ifPresent(s -> keys.sort(s.ascending() ? KEY_SORT.get(s.field())
                    : KEY_SORT.get(s.field()).reversed()));
            List<String> accounts = Page.slice(keys, page).items().stream().map(AgingQueries.CustomerKey::account)
                    .toList();
            return Page.of(aging.accounts(company, accounts, asOf, d.basis(), d.buckets(), scope), page, keys.size());
        }
        // by balance: every customer's aging is needed to order them; only the page's records are made
        AgingList all = aging.all(company, asOf, d.basis(), d.buckets(), scope);
        return Page.slice(all.byOpenBalance(sort.get().ascending()), page).map(all::get);
    }

    @Override
    public List<PoolView> pools(String company) {
        return repository.pools(company).stream().map(this::view).toList();
    }

    @Override
    public PoolView pool(String company, String name) {
        return view(findPool(company, name).orElseThrow(() -> new NotFoundException("pool", name)));
    }

    private PoolView view(CollectionPool pool) {
        List<String> agents = repository.agents().stream().filter(a -> a.works(pool)).map(CollectionAgent::user).toList();
        return pool.toView(agents);
    }

    @Override
    public PoolView createPool(String company, String name, List<PoolCondition> conditions, UserName actor) {
        PoolFilter filter = PoolFilter.of(conditions, bucketNames());
        if (findPool(company, name).isPresent()) {
            throw new ConflictException("pool '" + name + "' already exists");
        }
        CollectionPool pool = new CollectionPool(company, name, filter, actor.value(), clock.now());
        repository.store(pool);
        audit.record(new AuditEntry(company, POOL_SUBJECT, name, "created", "conditions", null,
                filter.conditions().toString(), null, actor.value(), clock.now()));
        repository.flush();
        return view(pool);
    }

    @Override
    public PoolView updatePool(String company, String name, long expectedVersion, String newName,
                               List<PoolCondition> conditions, UserName actor) {
        PoolFilter filter = PoolFilter.of(conditions, bucketNames());
        CollectionPool pool = findPool(company, name).orElseThrow(() -> new NotFoundException("pool", name));
        if (pool.version() != expectedVersion) {
            throw new StaleVersionException("pool", name, expectedVersion, pool.version());
        }
        String before = pool.conditions().toString();
        if (newName != null && !newName.trim().equals(pool.name())) {
            String renamed = InputLimits.key("name", newName, InputLimits.KEY_MAX_LENGTH);
            if (findPool(company, renamed).isPresent()) {
                throw new ConflictException("pool '" + renamed + "' already exists");
            }
            audit.record(new AuditEntry(company, POOL_SUBJECT, pool.name(), "renamed", "name", pool.name(), renamed,
                    null, actor.value(), clock.now()));
            pool.rename(renamed);
        }
        pool.refilter(filter);
        audit.record(new AuditEntry(company, POOL_SUBJECT, pool.name(), "refiltered", "conditions", before,
                filter.conditions().toString(), null, actor.value(), clock.now()));
        repository.flush();
        return view(pool);
    }

    @Override
    public void deletePool(String company, String name, long expectedVersion, String reason, UserName actor) {
        CollectionPool pool = findPool(company, name).orElseThrow(() -> new NotFoundException("pool", name));
        if (pool.version() != expectedVersion) {
            throw new StaleVersionException("pool", name, expectedVersion, pool.version());
        }
        InputLimits.reason("reason", reason);
        List<String> agents = repository.agents().stream().filter(a -> a.works(pool)).map(CollectionAgent::user)
                .toList();
        if (!agents.isEmpty()) {
            throw new ConflictException("pool '" + name + "' is still worked by " + String.join(", ", agents)
                    + "; move them to other pools first");
        }
        audit.record(new AuditEntry(company, POOL_SUBJECT, name, "deleted", "conditions",
                pool.conditions().toString(), null, reason.strip(), actor.value(), clock.now()));
        repository.remove(pool);
        repository.flush();
    }

    @Override
    public PoolView reassignPool(String company, String name, String fromUser, String toUser, String reason,
                                 UserName actor) {
        CollectionPool pool = findPool(company, name).orElseThrow(() -> new NotFoundException("pool", name));
        UserName to = UserName.of(toUser);
        List<CollectionAgent> holders = repository.agents().stream().filter(a -> a.works(pool)).toList();
        if (fromUser != null && holders.stream().noneMatch(a -> a.user().equals(fromUser))) {
            throw InvalidInputException.ofField("from", "'" + fromUser + "' does not work pool '" + name + "'");
        }
        List<String> from = new ArrayList<>();
        for (CollectionAgent holder : holders) {
            if ((fromUser == null || holder.user().equals(fromUser)) && !holder.user().equals(to.value())) {
                holder.release(pool);
                repository.changed(holder);
                from.add(holder.user());
            }
        }
        CollectionAgent target = agent(to.value()).orElse(null);
        if (target == null) {
            target = new CollectionAgent(to.value());
            repository.store(target);
        } else {
            repository.changed(target);
        }
        target.take(pool);
        audit.record(new AuditEntry(company, POOL_SUBJECT, name, "reassigned", "agents", String.join(",", from),
                to.value(), reason, actor.value(), clock.now()));
        repository.flush();
        return view(pool);
    }

    @Override
    public Page<CustomerFigures> poolCustomers(String company, String pool, LocalDate asOf, CustomerScope scope,
                                               PageRequest page) {
        PoolFilter filter = poolFilter(company, pool);
        CustomerScope candidates = CustomerScope.anyOf(filter.criteria(company));
        AgingDefinitionView standard = definition(PoolsAndAging.DEFAULT_DEFINITION);
        List<CustomerFigures> matched = new ArrayList<>();
        String cursor = null;
        do {
            CustomerFiguresPages.FiguresPage next = figures.page(company, cursor, FIGURES_PAGE, asOf, standard,
                    candidates);
            next.items().stream().filter(filter::matches).forEach(matched::add);
            cursor = next.next();
        } while (cursor != null);
        List<CustomerFigures> visible = matched.stream().filter(f -> scope.includes(company, f.region(), f.group(),
                f.currency(), f.responsible())).sorted(Comparator.comparing(CustomerFigures::account))
                .toList();
        return Page.slice(visible, page);
    }

    @Override
    public List<String> poolsOf(String company, UserName user) {
        return agent(user.value()).map(a -> a.pools().stream().filter(p -> p.company().equals(company))
                .map(CollectionPool::name).sorted().toList()).orElse(List.of());
    }

    @Override
    public List<AgentView> agents() {
        return repository.agents().stream().map(CollectionAgent::toView).toList();
    }

    @Override
    public AgentView agent(UserName user) {
        return agent(user.value()).map(CollectionAgent::toView).orElse(new AgentView(user.value(), List.of(), 0));
    }

    @Override
    public AgentView assignAgent(String user, String company, List<String> poolNames, String defaultPool,
                                 long expectedVersion, String reason, UserName actor) {
        UserName who = UserName.of(user);
        if (poolNames == null) {
            throw InvalidInputException.ofField("pools", "is required: the agent's pools in the company (an empty"
                    + " list takes them all away)");
        }
        InputLimits.reason("reason", reason);
        List<CollectionPool> pools = new ArrayList<>();
        for (String name : poolNames) {
            CollectionPool pool = findPool(company, name == null ? "" : name.trim()).orElseThrow(() ->
                    InvalidInputException.ofField("pools", "unknown pool '" + name + "'"));
            if (!pools.contains(pool)) {
                pools.add(pool);
            }
        }
        if (!pools.isEmpty() && (defaultPool == null || defaultPool.isBlank())) {
            throw InvalidInputException.ofField("defaultPool", "is required with pools: one of them");
        }
        CollectionPool byDefault = null;
        if (defaultPool != null && !defaultPool.isBlank()) {
            byDefault = pools.stream().filter(p -> p.name().equals(defaultPool.trim())).findFirst()
                    .orElseThrow(() -> InvalidInputException.ofField("defaultPool", "must be one of the agent's pools"));
        }
        CollectionAgent agent = agent(who.value()).orElse(null);
        long current = agent == null ? 0 : agent.version();
        if (current != expectedVersion) {
            throw new StaleVersionException("agent", who.value(), expectedVersion, current);
        }
        if (agent == null) {
            agent = new CollectionAgent(who.value());
            repository.store(agent);
        } else {
            repository.changed(agent);
        }
        AgentView.Assignment before = agent.toView().in(company);
        agent.workPools(company, pools, byDefault);
        AgentView.Assignment after = agent.toView().in(company);
        audit.record(new AuditEntry(company, "agent", who.value(), "pools", "pools", describe(before),
                describe(after), reason.strip(), actor.value(), clock.now()));
        repository.flush();
        return agent.toView();
    }

    private static String describe(AgentView.Assignment a) {
        return a.pools() + (a.defaultPool() == null ? "" : " default " + a.defaultPool());
    }

    Optional<CollectionAgent> agent(String user) {
        return repository.findAgent(user);
    }

    Optional<CollectionPool> findPool(String company, String name) {
        return repository.findPool(company, name);
    }

}
