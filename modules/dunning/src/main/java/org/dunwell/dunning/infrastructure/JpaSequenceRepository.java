package org.dunwell.dunning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.dunning.domain.interest.InterestCode;
import org.dunwell.dunning.domain.sequence.CustomerSequence;
import org.dunwell.dunning.domain.sequence.LetterSequence;
import org.dunwell.dunning.domain.sequence.SequenceRepository;

/** Letter sequences, assignments and interest codes through JPA. */
@ApplicationScoped
public class JpaSequenceRepository implements SequenceRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    public JpaSequenceRepository() {
    }

    public JpaSequenceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LetterSequence> find(String company, String code) {
        return em.createQuery("select s from LetterSequence s where s.company = :c and s.code = :k",
                LetterSequence.class).setParameter("c", company).setParameter("k", code).getResultStream().findFirst();
    }

    @Override
    public List<LetterSequence> list(String company) {
        return em.createQuery("select s from LetterSequence s where s.company = :c order by s.code",
                LetterSequence.class).setParameter("c", company).getResultList();
    }

    @Override
    public void store(LetterSequence sequence) {
        em.persist(sequence);
    }

    @Override
    public Optional<CustomerSequence> assignment(String company, String account) {
        return em.createQuery("select a from CustomerSequence a where a.company = :c and a.account = :a",
                CustomerSequence.class).setParameter("c", company).setParameter("a", account).getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, String> assignments(String company, Collection<String> accounts) {
        Map<String, String> found = new HashMap<>();
        List<String> all = List.copyOf(accounts);
        for (int from = 0; from < all.size(); from += 500) {
            em.createQuery("select a from CustomerSequence a where a.company = :c and a.account in :a",
                            CustomerSequence.class).setParameter("c", company)
                    .setParameter("a", all.subList(from, Math.min(all.size(), from + 500))).getResultList()
                    .forEach(a -> found.put(a.account(), a.sequence()));
        }
        return found;
    }

    @Override
    public void store(CustomerSequence assignment) {
        em.persist(assignment);
    }

    @Override
    public void remove(CustomerSequence assignment) {
        em.remove(assignment);
    }

    @Override
    public Optional<InterestCode> interestCode(String company, String code) {
        return em.createQuery("select i from InterestCode i where i.company = :c and i.code = :k", InterestCode.class)
                .setParameter("c", company).setParameter("k", code).getResultStream().findFirst();
    }

    @Override
    public List<InterestCode> interestCodes(String company) {
        return em.createQuery("select i from InterestCode i where i.company = :c order by i.code", InterestCode.class)
                .setParameter("c", company).getResultList();
    }

    @Override
    public void store(InterestCode code) {
        em.persist(code);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
