package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.domain.promise.CollectionsSettings;
import org.dunwell.collections.domain.promise.PaymentPromise;
import org.dunwell.collections.domain.promise.PromiseFilter;
import org.dunwell.collections.domain.promise.PromiseRepository;
import org.dunwell.collections.domain.promise.StatusTotal;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Promises in {@code payment_promise} and {@code promise_invoice}, settings in {@code collections_settings}. */
@ApplicationScoped
public class JpaPromiseRepository implements PromiseRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private ScopedRows scoped;

    protected JpaPromiseRepository() {
    }

    @Inject
    public JpaPromiseRepository(ScopedRows scoped) {
        this.scoped = scoped;
    }

    public JpaPromiseRepository(EntityManager em, ScopedRows scoped) {
        this(scoped);
        this.em = em;
    }

    @Override
    public Optional<PaymentPromise> find(String company, long id) {
        return Records.find(em, PaymentPromise.class, id, false).filter(p -> p.company().equals(company));
    }

    @Override
    public Optional<PaymentPromise> findForUpdate(long id) {
        return Records.find(em, PaymentPromise.class, id, true);
    }

    @Override
    public Page<PaymentPromise> list(PromiseFilter filter, CustomerScope scope, boolean latestFirst,
                                     PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where(filter, conditions, parameters);
        ScopedRows.Found found = scoped.find("payment_promise p", "p.account", conditions, parameters, scope,
                "p.promised_on" + (latestFirst ? " DESC" : "") + ", p.id", page);
        return Records.page(em, PaymentPromise.class, found, page);
    }

    @Override
    public List<StatusTotal> totals(PromiseFilter filter, CustomerScope scope) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where(filter, conditions, parameters);
        List<StatusTotal> totals = new ArrayList<>();
        for (Object[] row : scoped.group("payment_promise p", "p.account", conditions, parameters, scope,
                "p.currency, p.status", "COUNT(*), SUM(p.amount)")) {
            totals.add(new StatusTotal(((String) row[0]).trim(), PromiseStatus.valueOf(((String) row[1]).trim()),
                    ((Number) row[2]).intValue(), (BigDecimal) row[3]));
        }
        return totals;
    }

    private static void where(PromiseFilter filter, List<String> conditions, List<Object> parameters) {
        conditions.add("p.company_code = ?");
        parameters.add(filter.company());
        Records.where(conditions, parameters, "p.account = ?", filter.account());
        Records.where(conditions, parameters, "p.agent = ?", filter.agent());
        Records.where(conditions, parameters, "p.status = ?", filter.status() == null ? null : filter.status().name());
    }

    @Override
    public List<Long> openMadeBy(String company, LocalDate asOf, long after, int limit) {
        TypedQuery<Long> query = em.createQuery("select p.id from PaymentPromise p"
                        + " where p.status = :open and p.madeOn <= :asOf and p.id > :after"
                        + (company == null ? "" : " and p.company = :c") + " order by p.id", Long.class)
                .setParameter("open", PromiseStatus.OPEN).setParameter("asOf", asOf).setParameter("after", after)
                .setMaxResults(limit);
        if (company != null) {
            query.setParameter("c", company);
        }
        return query.getResultList();
    }

    @Override
    public long countOpenOn(String company, String document) {
        return em.createQuery("select count(p) from PaymentPromise p join p.documents d where p.company = :c"
                        + " and d = :doc and p.status = :open", Long.class).setParameter("c", company)
                .setParameter("doc", document).setParameter("open", PromiseStatus.OPEN).getSingleResult();
    }

    @Override
    public void store(PaymentPromise promise) {
        em.persist(promise);
    }

    @Override
    public Optional<CollectionsSettings> settings(String company) {
        return Optional.ofNullable(em.find(CollectionsSettings.class, company));
    }

    @Override
    public Optional<CollectionsSettings> settingsForUpdate(String company) {
        return Optional.ofNullable(em.find(CollectionsSettings.class, company, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void store(CollectionsSettings settings) {
        em.persist(settings);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
