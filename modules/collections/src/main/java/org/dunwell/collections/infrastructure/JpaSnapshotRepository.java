package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.domain.AgingSnapshot;
import org.dunwell.collections.domain.SnapshotRepository;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** Aging snapshot headers in {@code aging_snapshot}, through JPA. */
@ApplicationScoped
public class JpaSnapshotRepository implements SnapshotRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaSnapshotRepository() {
    }

    public JpaSnapshotRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AgingSnapshot> find(long id) {
        return Records.find(em, AgingSnapshot.class, id, false);
    }

    @Override
    public Optional<AgingSnapshot> findForUpdate(long id) {
        return Records.find(em, AgingSnapshot.class, id, true);
    }

    @Override
    public Page<AgingSnapshot> list(String company, PageRequest page) {
        long total = em.createQuery("select count(s) from AgingSnapshot s where s.company = :c", Long.class)
                .setParameter("c", company).getSingleResult();
        List<AgingSnapshot> items = em.createQuery("select s from AgingSnapshot s where s.company = :c"
                        + " order by s.id desc", AgingSnapshot.class).setParameter("c", company)
                .setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    @Override
    public Optional<AgingSnapshot> latestCompleted(String company, String definition) {
        return em.createQuery("select s from AgingSnapshot s where s.company = :c and s.status = :done"
                        + " and s.pool is null and s.definition = :d order by s.asOf desc, s.id desc",
                        AgingSnapshot.class).setParameter("c", company).setParameter("done", AgingSnapshot.COMPLETED)
                .setParameter("d", definition).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean usedBy(String definition, int revision) {
        return !em.createQuery("select s.id from AgingSnapshot s where s.definition = :d and s.definitionRevision = :r",
                Long.class).setParameter("d", definition).setParameter("r", revision).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void store(AgingSnapshot snapshot) {
        em.persist(snapshot);
    }

    @Override
    public void remove(AgingSnapshot snapshot) {
        em.remove(snapshot);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
