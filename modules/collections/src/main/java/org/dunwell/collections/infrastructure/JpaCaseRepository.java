package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.dunwell.collections.domain.cases.CaseFilter;
import org.dunwell.collections.domain.cases.CaseCategory;
import org.dunwell.collections.domain.cases.CaseRepository;
import org.dunwell.collections.domain.cases.CollectionCase;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** Cases in {@code collection_case} and {@code case_transaction}, through JPA; lists through {@link ScopedRows}. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private ScopedRows scoped;

    protected JpaCaseRepository() {
    }

    @Inject
    public JpaCaseRepository(ScopedRows scoped) {
        this.scoped = scoped;
    }

    public JpaCaseRepository(EntityManager em, ScopedRows scoped) {
        this(scoped);
        this.em = em;
    }

    @Override
    public Optional<CollectionCase> find(String company, long id) {
        return Records.find(em, CollectionCase.class, id, false).filter(c -> c.company().equals(company));
    }

    @Override
    public Page<CollectionCase> list(CaseFilter filter, CustomerScope scope, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("k.company_code = ?"));
        List<Object> parameters = new ArrayList<>(List.of(filter.company()));
        Records.where(conditions, parameters, "k.status = ?", filter.status());
        Records.where(conditions, parameters, "k.owner_name = ?", filter.owner());
        Records.where(conditions, parameters,
                "EXISTS (SELECT 1 FROM case_transaction t WHERE t.case_id = k.id AND t.account = ?)", filter.account());
        if (!scope.all()) {
            // no transaction of the case whose customer is outside the scope
            CustomerScopeSql.Condition visible = scoped.within(scope, "k.company_code", "t.account");
            conditions.add("NOT EXISTS (SELECT 1 FROM case_transaction t WHERE t.case_id = k.id AND "
                    + visible.not().sql() + ")");
            parameters.addAll(visible.parameters());
        }
        ScopedRows.Found found = scoped.page("k.id", " FROM collection_case k WHERE " + String.join(" AND ", conditions),
                parameters, "k.id DESC", page);
        return Records.page(em, CollectionCase.class, found, page);
    }

    @Override
    public void store(CollectionCase c) {
        em.persist(c);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<CaseCategory> category(String company, String code) {
        return em.createQuery("select k from CaseCategory k where k.company = :c and k.code = :k", CaseCategory.class)
                .setParameter("c", company).setParameter("k", code).getResultStream().findFirst();
    }

    @Override
    public List<CaseCategory> categories(String company) {
        return em.createQuery("select k from CaseCategory k where k.company = :c order by k.code", CaseCategory.class)
                .setParameter("c", company).getResultList();
    }

    @Override
    public void store(CaseCategory category) {
        em.persist(category);
    }

    @Override
    public Set<String> heldFromDunning(String company, Collection<String> accounts) {
        Set<String> held = new HashSet<>();
        List<String> all = List.copyOf(accounts);
        for (int from = 0; from < all.size(); from += 500) {
            held.addAll(em.createQuery("select t.document from CollectionCase c join c.transactions t, CaseCategory k"
                            + " where c.company = :c and k.company = c.company and k.code = c.category"
                            + " and c.status <> 'CLOSED' and k.excludesDunning = true and t.account in :a",
                            String.class).setParameter("c", company)
                    .setParameter("a", all.subList(from, Math.min(all.size(), from + 500))).getResultList());
        }
        return held;
    }
}
