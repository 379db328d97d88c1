package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.domain.AgingDefinition;
import org.dunwell.collections.domain.CollectionAgent;
import org.dunwell.collections.domain.CollectionPool;
import org.dunwell.collections.domain.CollectionsUser;
import org.dunwell.collections.domain.pool.PoolRepository;

/** Aging definitions, pools and agents through JPA. */
@ApplicationScoped
public class JpaPoolRepository implements PoolRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaPoolRepository() {
    }

    public JpaPoolRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AgingDefinition> definition(String name) {
        return em.createQuery("select d from AgingDefinition d where d.name = :name order by d.revision desc",
                AgingDefinition.class).setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<AgingDefinition> definition(String name, int revision) {
        return em.createQuery("select d from AgingDefinition d where d.name = :name and d.revision = :r",
                AgingDefinition.class).setParameter("name", name).setParameter("r", revision).getResultStream()
                .findFirst();
    }

    @Override
    public List<AgingDefinition> definitions() {
        return em.createQuery("select d from AgingDefinition d where d.revision = (select max(e.revision) from"
                + " AgingDefinition e where e.name = d.name) order by d.name", AgingDefinition.class).getResultList();
    }

    @Override
    public void store(AgingDefinition definition) {
        em.persist(definition);
    }

    @Override
    public List<CollectionPool> pools(String company) {
        return em.createQuery("select p from CollectionPool p where p.company = :company order by p.name",
                CollectionPool.class).setParameter("company", company).getResultList();
    }

    @Override
    public Optional<CollectionPool> findPool(String company, String name) {
        return em.createQuery("select p from CollectionPool p where p.company = :company and p.name = :name",
                        CollectionPool.class).setParameter("company", company).setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<CollectionAgent> agents() {
        return em.createQuery("select a from CollectionAgent a order by a.user", CollectionAgent.class)
                .getResultList();
    }

    @Override
    public Optional<CollectionAgent> findAgent(String user) {
        return em.createQuery("select a from CollectionAgent a where a.user = :user", CollectionAgent.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    @Override
    public void store(CollectionPool pool) {
        em.persist(pool);
    }

    @Override
    public void store(CollectionAgent agent) {
        em.persist(agent);
    }

    @Override
    public Optional<CollectionsUser> findUser(String user) {
        return em.createQuery("select u from CollectionsUser u where u.user = :user", CollectionsUser.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    @Override
    public void store(CollectionsUser user) {
        em.persist(user);
    }

    @Override
    public void changed(CollectionAgent agent) {
        if (em.contains(agent) && agent.id() != null) {
            em.lock(agent, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    @Override
    public void remove(CollectionPool pool) {
        em.remove(pool);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
