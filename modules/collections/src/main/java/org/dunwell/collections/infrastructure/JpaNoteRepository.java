package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.dunwell.collections.domain.CustomerNote;
import org.dunwell.collections.domain.NoteRepository;

/** Customer notes through JPA. */
@ApplicationScoped
public class JpaNoteRepository implements NoteRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaNoteRepository() {
    }

    public JpaNoteRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CustomerNote> writtenBetween(String company, String account, Instant from, Instant to) {
        return em.createQuery("select n from CustomerNote n where n.company = :c and n.account = :a"
                        + " and n.createdAt >= :start and n.createdAt < :end", CustomerNote.class)
                .setParameter("c", company).setParameter("a", account).setParameter("start", from)
                .setParameter("end", to).getResultList();
    }

    @Override
    public void store(CustomerNote note) {
        em.persist(note);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
