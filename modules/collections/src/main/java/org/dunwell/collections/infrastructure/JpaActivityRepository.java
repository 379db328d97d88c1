package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.domain.activity.ActivityFilter;
import org.dunwell.collections.domain.activity.ActivityRepository;
import org.dunwell.collections.domain.activity.CollectionActivity;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Activities in {@code collection_activity}, through JPA; lists through {@link ScopedRows}. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private ScopedRows scoped;

    protected JpaActivityRepository() {
    }

    @Inject
    public JpaActivityRepository(ScopedRows scoped) {
        this.scoped = scoped;
    }

    public JpaActivityRepository(EntityManager em, ScopedRows scoped) {
        this(scoped);
        this.em = em;
    }

    @Override
    public Optional<CollectionActivity> find(String company, long id) {
        return Records.find(em, CollectionActivity.class, id, false).filter(a -> a.company().equals(company));
    }

    @Override
    public Optional<CollectionActivity> findForUpdate(String company, long id) {
        return Records.find(em, CollectionActivity.class, id, true).filter(a -> a.company().equals(company));
    }

    @Override
    public Page<CollectionActivity> list(ActivityFilter filter, CustomerScope scope, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("a.company_code = ?"));
        List<Object> parameters = new ArrayList<>(List.of(filter.company()));
        Records.where(conditions, parameters, "a.responsible = ?", filter.responsible());
        Records.where(conditions, parameters, "a.status = ?", filter.status());
        Records.where(conditions, parameters, "a.account = ?", filter.account());
        Records.where(conditions, parameters, "a.case_id = ?", filter.caseId());
        ScopedRows.Found found = scoped.find("collection_activity a", "a.account", conditions, parameters, scope,
                "a.ends_at" + (filter.newestFirst() ? " DESC" : "") + ", a.id", page);
        return Records.page(em, CollectionActivity.class, found, page);
    }

    @Override
    public List<Long> idsOfCase(long caseId) {
        return em.createQuery("select a.id from CollectionActivity a where a.caseId = :c order by a.id", Long.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CollectionActivity> createdBetween(String company, String account, Instant from, Instant to) {
        return em.createQuery("select a from CollectionActivity a where a.company = :c and a.account = :a"
                        + " and a.createdAt >= :start and a.createdAt < :end", CollectionActivity.class)
                .setParameter("c", company).setParameter("a", account).setParameter("start", from)
                .setParameter("end", to).getResultList();
    }

    @Override
    public void store(CollectionActivity activity) {
        em.persist(activity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
