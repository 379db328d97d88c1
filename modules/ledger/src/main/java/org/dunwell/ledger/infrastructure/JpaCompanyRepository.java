package org.dunwell.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.ledger.domain.company.Company;
import org.dunwell.ledger.domain.company.CompanyRepository;

/** Companies in the {@code company} table. */
@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaCompanyRepository() {
    }

    public JpaCompanyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Company> find(CompanyCode code) {
        return em.createQuery("select c from Company c where c.code = :code", Company.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<Company> list(long offset, int limit) {
        return em.createQuery("select c from Company c order by c.code", Company.class)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Company c", Long.class).getSingleResult();
    }

    @Override
    public void store(Company company) {
        em.persist(company);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
