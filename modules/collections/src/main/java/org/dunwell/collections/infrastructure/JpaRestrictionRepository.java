package org.dunwell.collections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.domain.restriction.ContactRestriction;
import org.dunwell.collections.domain.restriction.RestrictionRepository;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Contact restrictions in {@code contact_restriction}, through JPA; lists through {@link ScopedRows}. */
@ApplicationScoped
public class JpaRestrictionRepository implements RestrictionRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private ScopedRows scoped;

    protected JpaRestrictionRepository() {
    }

    @Inject
    public JpaRestrictionRepository(ScopedRows scoped) {
        this.scoped = scoped;
    }

    public JpaRestrictionRepository(EntityManager em, ScopedRows scoped) {
        this(scoped);
        this.em = em;
    }

    @Override
    public Optional<ContactRestriction> find(String company, long id) {
        return Records.find(em, ContactRestriction.class, id, false).filter(r -> r.company().equals(company));
    }

    @Override
    public Page<ContactRestriction> list(String company, String account, LocalDate activeOn, CustomerScope scope,
                                         PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("r.company_code = ?"));
        List<Object> parameters = new ArrayList<>(List.of(company));
        Records.where(conditions, parameters, "r.account = ?", account);
        if (activeOn != null) {
            conditions.add("r.lifted_at IS NULL AND r.valid_from <= ? AND (r.valid_until IS NULL OR r.valid_until >= ?)");
            parameters.add(activeOn);
            parameters.add(activeOn);
        }
        ScopedRows.Found found = scoped.find("contact_restriction r", "r.account", conditions, parameters, scope,
                "r.created_at DESC, r.id DESC", page);
        return Records.page(em, ContactRestriction.class, found, page);
    }

    @Override
    public List<ContactRestriction> notLifted(String company, String account) {
        return em.createQuery("select r from ContactRestriction r where r.company = :c and r.account = :a"
                        + " and r.liftedAt is null order by r.id", ContactRestriction.class).setParameter("c", company)
                .setParameter("a", account).getResultList();
    }

    @Override
    public List<ContactRestriction> notLifted(String company, java.util.Collection<String> accounts) {
        List<ContactRestriction> found = new ArrayList<>();
        List<String> all = List.copyOf(accounts);
        for (int from = 0; from < all.size(); from += 500) {
            found.addAll(em.createQuery("select r from ContactRestriction r where r.company = :c"
                            + " and r.account in :a and r.liftedAt is null order by r.id", ContactRestriction.class)
                    .setParameter("c", company).setParameter("a", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public void store(ContactRestriction restriction) {
        em.persist(restriction);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
