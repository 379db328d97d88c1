package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.domain.dispute.Dispute;
import org.dunwell.collections.domain.dispute.DisputeFilter;
import org.dunwell.collections.domain.dispute.DisputeRepository;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Disputes in {@code dispute}, through JPA; lists through {@link ScopedRows}. */
@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private ScopedRows scoped;

    protected JpaDisputeRepository() {
    }

    @Inject
    public JpaDisputeRepository(ScopedRows scoped) {
        this.scoped = scoped;
    }

    public JpaDisputeRepository(EntityManager em, ScopedRows scoped) {
        this(scoped);
        this.em = em;
    }

    @Override
    public Optional<Dispute> find(String company, long id) {
        return Records.find(em, Dispute.class, id, false).filter(d -> d.company().equals(company));
    }

    @Override
    public Page<Dispute> list(DisputeFilter filter, CustomerScope scope, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("d.company_code = ?"));
        List<Object> parameters = new ArrayList<>(List.of(filter.company()));
        Records.where(conditions, parameters, "d.account = ?", filter.account());
        Records.where(conditions, parameters, "d.document = ?", filter.document());
        Records.where(conditions, parameters, "d.status = ?", filter.status() == null ? null : filter.status().name());
        Records.where(conditions, parameters, "d.investigator = ?", filter.investigator());
        ScopedRows.Found found = scoped.find("dispute d", "d.account", conditions, parameters, scope,
                "d.created_at DESC, d.id DESC", page);
        return Records.page(em, Dispute.class, found, page);
    }

    @Override
    public List<Dispute> openOn(String company, String document) {
        return em.createQuery("select d from Dispute d where d.company = :c and d.document = :doc"
                        + " and d.status = :open", Dispute.class).setParameter("c", company)
                .setParameter("doc", document).setParameter("open", DisputeStatus.OPEN).getResultList();
    }

    @Override
    public void store(Dispute dispute) {
        em.persist(dispute);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
