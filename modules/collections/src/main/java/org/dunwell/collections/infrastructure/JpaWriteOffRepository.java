package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.domain.writeoff.WriteOffFilter;
import org.dunwell.collections.domain.writeoff.WriteOffRepository;
import org.dunwell.collections.domain.writeoff.WriteOffRequest;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Write-off requests in {@code write_off}, through JPA; lists through {@link ScopedRows}. */
@ApplicationScoped
public class JpaWriteOffRepository implements WriteOffRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private ScopedRows scoped;

    protected JpaWriteOffRepository() {
    }

    @Inject
    public JpaWriteOffRepository(ScopedRows scoped) {
        this.scoped = scoped;
    }

    public JpaWriteOffRepository(EntityManager em, ScopedRows scoped) {
        this(scoped);
        this.em = em;
    }

    @Override
    public Optional<WriteOffRequest> find(String company, long id) {
        return Records.find(em, WriteOffRequest.class, id, false).filter(w -> w.company().equals(company));
    }

    @Override
    public Page<WriteOffRequest> list(WriteOffFilter filter, CustomerScope scope, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("w.company_code = ?"));
        List<Object> parameters = new ArrayList<>(List.of(filter.company()));
        Records.where(conditions, parameters, "w.account = ?", filter.account());
        Records.where(conditions, parameters, "w.status = ?", filter.status() == null ? null : filter.status().name());
        ScopedRows.Found found = scoped.find("write_off w", "w.account", conditions, parameters, scope,
                "w.requested_at DESC, w.id DESC", page);
        return Records.page(em, WriteOffRequest.class, found, page);
    }

    @Override
    public void store(WriteOffRequest request) {
        em.persist(request);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
