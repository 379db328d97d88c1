package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.collections.api.AgentView;
import org.dunwell.collections.api.AgingDefinitionView;
import org.dunwell.collections.api.Collections;
import org.dunwell.collections.api.PoolView;
import org.dunwell.collections.domain.AgingDefinition;
import org.dunwell.collections.domain.CollectionAgent;
import org.dunwell.collections.domain.CollectionPool;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerScope;

/** Aging by named definition, pools and agents, and the visibility rule built from them. */
@ApplicationScoped
@Transactional
public class CollectionsService implements Collections {

    /** Sort fields of the aging list. */
    private static final Map<String, Comparator<CustomerAging>> SORT = Map.of(
            "account", Comparator.comparing(CustomerAging::account),
            "name", Comparator.comparing(CustomerAging::name),
            "openBalance", Comparator.comparing(a -> a.openBalance().amount()));

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private AgingQueries aging;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CollectionsService() {
    }

    @Inject
    public CollectionsService(AgingQueries aging, AuditTrail audit, BusinessClock clock) {
        this.aging = aging;
        this.audit = audit;
        this.clock = clock;
    }

    /** Outside the container: with an explicit EntityManager. */
    public CollectionsService(EntityManager em, AgingQueries aging, AuditTrail audit, BusinessClock clock) {
        this(aging, audit, clock);
        this.em = em;
    }

    @Override
    public CustomerScope scopeOf(UserName user, boolean seesAllCustomers) {
        if (seesAllCustomers) {
            return CustomerScope.ALL;
        }
        return agent(user.value()).map(a -> CustomerScope.anyOf(a.pools().stream().map(CollectionPool::criteria)
                .toList())).orElse(CustomerScope.NONE);
    }

    @Override
    public CustomerScope scopeOfPool(String company, String pool, UserName user, boolean seesAllCustomers) {
        CollectionPool found = pool(company, pool).orElseThrow(() -> new NotFoundException("pool", pool));
        if (!seesAllCustomers && agent(user.value()).map(a -> !a.pools().contains(found)).orElse(true)) {
            throw new NotFoundException("pool", pool);
        }
        return CustomerScope.anyOf(List.of(found.criteria()));
    }

    @Override
    public AgingDefinitionView definition(String name) {
        String wanted = Collections.definitionName(name);
        return em.createQuery("select d from AgingDefinition d where d.name = :name", AgingDefinition.class)
                .setParameter("name", wanted).getResultStream().findFirst().map(AgingDefinition::toView)
                .orElseThrow(() -> InvalidInputException.ofField("definition",
                        "unknown aging definition '" + wanted + "'"));
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
        page.requireSortAmong(SORT.keySet());
        AgingDefinitionView d = definition(definition);
        List<CustomerAging> all = new ArrayList<>(aging.all(company, asOf, d.basis(), d.buckets(), scope));
        page.sort().ifPresent(s -> all.sort(s.ascending() ? SORT.get(s.field()) : SORT.get(s.field()).reversed()));
        return Page.slice(all, page);
    }

    @Override
    public List<PoolView> pools(String company) {
        return em.createQuery("select p from CollectionPool p where p.company = :company order by p.name",
                CollectionPool.class).setParameter("company", company).getResultStream()
                .map(CollectionPool::toView).toList();
    }

    @Override
    public PoolView createPool(String company, String name, String region, String group, String currency,
                               UserName actor) {
        if (pool(company, name).isPresent()) {
            throw new ConflictException("pool '" + name + "' already exists");
        }
        String code = currency == null ? null : Money.currency(currency).getCurrencyCode();
        CollectionPool pool = new CollectionPool(company, name, blank(region), blank(group), code, actor.value(),
                clock.now());
        em.persist(pool);
        audit.record(new AuditEntry(company, "pool", name, "created", null, null,
                "region=" + region + " group=" + group + " currency=" + code, null, actor.value(), clock.now()));
        em.flush();
        return pool.toView();
    }

    @Override
    public List<AgentView> agents() {
        return em.createQuery("select a from CollectionAgent a order by a.user", CollectionAgent.class)
                .getResultStream().map(CollectionAgent::toView).toList();
    }

    @Override
    public AgentView assignAgent(String user, String company, List<String> poolNames, String defaultPool,
                                 UserName actor) {
        UserName who = UserName.of(user);
        List<CollectionPool> pools = new ArrayList<>();
        for (String name : poolNames == null ? List.<String>of() : poolNames) {
            pools.add(pool(company, name).orElseThrow(() -> InvalidInputException.ofField("pools",
                    "unknown pool '" + name + "'")));
        }
        CollectionPool byDefault = null;
        if (defaultPool != null) {
            byDefault = pools.stream().filter(p -> p.name().equals(defaultPool)).findFirst()
                    .orElseThrow(() -> InvalidInputException.ofField("defaultPool", "must be one of the agent's pools"));
        }
        CollectionAgent agent = agent(who.value()).orElseGet(() -> {
            CollectionAgent created = new CollectionAgent(who.value());
            em.persist(created);
            return created;
        });
        String before = agent.toView().pools().toString();
        agent.workPools(pools, byDefault);
        audit.record(new AuditEntry(company, "agent", who.value(), "pools", "pools", before,
                agent.toView().pools().toString(), null, actor.value(), clock.now()));
        em.flush();
        return agent.toView();
    }

    private Optional<CollectionAgent> agent(String user) {
        return em.createQuery("select a from CollectionAgent a where a.user = :user", CollectionAgent.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    private Optional<CollectionPool> pool(String company, String name) {
        return em.createQuery("select p from CollectionPool p where p.company = :company and p.name = :name",
                        CollectionPool.class).setParameter("company", company).setParameter("name", name)
                .getResultStream().findFirst();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
