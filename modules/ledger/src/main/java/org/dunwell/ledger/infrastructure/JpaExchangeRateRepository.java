package org.dunwell.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Optional;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.domain.rates.ExchangeRate;
import org.dunwell.ledger.domain.rates.ExchangeRateRepository;

/** Exchange rates in the {@code exchange_rate} table, through JPA. */
@ApplicationScoped
public class JpaExchangeRateRepository implements ExchangeRateRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaExchangeRateRepository() {
    }

    public JpaExchangeRateRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<ExchangeRate> list(String company, String currency, PageRequest page) {
        String where = " where r.company = :company" + (currency == null ? "" : " and r.currency = :currency");
        TypedQuery<ExchangeRate> query = em.createQuery("select r from ExchangeRate r" + where
                + " order by r.currency, r.validFrom desc", ExchangeRate.class).setParameter("company", company);
        TypedQuery<Long> count = em.createQuery("select count(r) from ExchangeRate r" + where, Long.class)
                .setParameter("company", company);
        if (currency != null) {
            query.setParameter("currency", currency);
            count.setParameter("currency", currency);
        }
        return Page.of(query.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size())
                .getResultList(), page, count.getSingleResult());
    }

    @Override
    public Optional<ExchangeRate> find(String company, String currency, LocalDate validFrom) {
        return em.createQuery("""
                        select r from ExchangeRate r
                        where r.company = :company and r.currency = :currency and r.validFrom = :date""",
                        ExchangeRate.class)
                .setParameter("company", company).setParameter("currency", currency).setParameter("date", validFrom)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ExchangeRate> inForceOn(String company, String currency, LocalDate date) {
        return em.createQuery("""
                        select r from ExchangeRate r
                        where r.company = :company and r.currency = :currency and r.validFrom <= :date
                        order by r.validFrom desc""", ExchangeRate.class)
                .setParameter("company", company).setParameter("currency", currency).setParameter("date", date)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void store(ExchangeRate rate) {
        em.persist(rate);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
