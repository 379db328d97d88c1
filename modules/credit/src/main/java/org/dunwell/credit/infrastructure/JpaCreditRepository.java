package org.dunwell.credit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.HoldStatus;
import org.dunwell.credit.domain.CreditChangeRequest;
import org.dunwell.credit.domain.CreditInsurance;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditLimitRequest;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.CreditRule;
import org.dunwell.credit.domain.CreditSettings;
import org.dunwell.credit.domain.OrderCreditCheck;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** The credit module's records through JPA. */
@ApplicationScoped
public class JpaCreditRepository implements CreditRepository {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaCreditRepository() {
    }

    public JpaCreditRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CreditProfile> findProfile(String company, String account) {
        return em.createQuery("select p from CreditProfile p where p.company = :c and p.account = :a",
                CreditProfile.class).setParameter("c", company).setParameter("a", account).getResultStream().findFirst();
    }

    @Override
    public List<CreditProfile> findProfiles(String company, Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from CreditProfile p where p.company = :c and p.account in :a",
                CreditProfile.class).setParameter("c", company).setParameter("a", accounts).getResultList();
    }

    @Override
    public List<CreditProfile> membersOf(String company, String group) {
        return em.createQuery("select p from CreditProfile p where p.company = :c and p.limitGroup = :g"
                + " order by p.account", CreditProfile.class).setParameter("c", company).setParameter("g", group)
                .getResultList();
    }

    @Override
    public Page<CreditProfile> scoredProfiles(String company, String riskGroup, PageRequest page) {
        String where = "where p.company = :c and p.riskScore is not null"
                + (riskGroup == null ? "" : " and p.riskGroup = :g");
        TypedQuery<Long> count = em.createQuery("select count(p) from CreditProfile p " + where, Long.class)
                .setParameter("c", company);
        TypedQuery<CreditProfile> query = em.createQuery("select p from CreditProfile p " + where
                + " order by p.riskScore, p.account", CreditProfile.class).setParameter("c", company);
        if (riskGroup != null) {
            count.setParameter("g", riskGroup);
            query.setParameter("g", riskGroup);
        }
        return Page.of(page(query, page).getResultList(), page, count.getSingleResult());
    }

    @Override
    public Optional<CreditLimitGroup> findGroup(String company, String name) {
        return em.createQuery("select g from CreditLimitGroup g where g.company = :c and g.name = :n",
                CreditLimitGroup.class).setParameter("c", company).setParameter("n", name).getResultStream()
                .findFirst();
    }

    @Override
    public List<CreditLimitGroup> groups(String company) {
        return em.createQuery("select g from CreditLimitGroup g where g.company = :c order by g.name",
                CreditLimitGroup.class).setParameter("c", company).getResultList();
    }

    @Override
    public Optional<CreditInsurance> findInsurance(String company, String account) {
        return em.createQuery("select i from CreditInsurance i where i.company = :c and i.account = :a",
                CreditInsurance.class).setParameter("c", company).setParameter("a", account).getResultStream()
                .findFirst();
    }

    @Override
    public List<CreditLimitRequest> approvedRequestsFor(String company, Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from CreditLimitRequest r where r.company = :c and r.account in :a"
                        + " and r.decision.status = :s", CreditLimitRequest.class).setParameter("c", company)
                .setParameter("a", accounts).setParameter("s", Approval.Status.APPROVED).getResultList();
    }

    @Override
    public List<CreditLimitRequest> requests(String company, String account) {
        TypedQuery<CreditLimitRequest> query = em.createQuery("select r from CreditLimitRequest r where r.company = :c"
                + (account == null ? "" : " and r.account = :a") + " order by r.decision.requestedAt desc, r.id desc",
                CreditLimitRequest.class).setParameter("c", company);
        if (account != null) {
            query.setParameter("a", account);
        }
        return query.getResultList();
    }

    @Override
    public Optional<CreditLimitRequest> findRequest(String company, long id, boolean forUpdate) {
        return find(CreditLimitRequest.class, id, forUpdate).filter(r -> r.company().equals(company));
    }

    @Override
    public Page<CreditChangeRequest> changes(String company, Approval.Status status, PageRequest page) {
        String where = "where r.company = :c" + (status == null ? "" : " and r.decision.status = :s");
        TypedQuery<Long> count = em.createQuery("select count(r) from CreditChangeRequest r " + where, Long.class)
                .setParameter("c", company);
        TypedQuery<CreditChangeRequest> query = em.createQuery("select r from CreditChangeRequest r " + where
                + " order by r.decision.requestedAt desc, r.id desc", CreditChangeRequest.class).setParameter("c", company);
        if (status != null) {
            count.setParameter("s", status);
            query.setParameter("s", status);
        }
        return Page.of(page(query, page).getResultList(), page, count.getSingleResult());
    }

    @Override
    public Optional<CreditChangeRequest> findChange(String company, long id, boolean forUpdate) {
        return find(CreditChangeRequest.class, id, forUpdate).filter(r -> r.company().equals(company));
    }

    @Override
    public List<OrderCreditCheck> openApprovedOrders(String company, Collection<String> accounts, LocalDate since) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from OrderCreditCheck c where c.company = :c and c.account in :a"
                        + " and c.erpReportedOn is null and c.checkedOn >= :since and c.holdStatus in :passed",
                OrderCreditCheck.class).setParameter("c", company).setParameter("a", accounts)
                .setParameter("since", since).setParameter("passed", List.of(HoldStatus.NONE, HoldStatus.RELEASED))
                .getResultList();
    }

    @Override
    public List<OrderCreditCheck> checksOfOrders(String company, String account, Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from OrderCreditCheck c where c.company = :c and c.account = :a"
                        + " and c.orderReference in :r", OrderCreditCheck.class).setParameter("c", company)
                .setParameter("a", account).setParameter("r", references)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Optional<CreditLimitGroup> findGroupForUpdate(String company, String name) {
        return em.createQuery("select g from CreditLimitGroup g where g.company = :c and g.name = :n",
                        CreditLimitGroup.class).setParameter("c", company).setParameter("n", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<OrderCreditCheck> findCheckByOrder(String company, String orderReference) {
        return em.createQuery("select c from OrderCreditCheck c where c.company = :c and c.orderReference = :r",
                OrderCreditCheck.class).setParameter("c", company).setParameter("r", orderReference)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<OrderCreditCheck> findCheck(String company, long id, boolean forUpdate) {
        return find(OrderCreditCheck.class, id, forUpdate).filter(c -> c.company().equals(company));
    }

    @Override
    public Page<OrderCreditCheck> holds(String company, HoldStatus status, String account, PageRequest page) {
        String where = " where c.company = :c and c.holdStatus = :s" + (account == null ? "" : " and c.account = :a");
        TypedQuery<Long> count = em.createQuery("select count(c) from OrderCreditCheck c" + where, Long.class)
                .setParameter("c", company).setParameter("s", status);
        TypedQuery<OrderCreditCheck> query = em.createQuery("select c from OrderCreditCheck c" + where
                + " order by c.checkedAt, c.id", OrderCreditCheck.class).setParameter("c", company)
                .setParameter("s", status);
        if (account != null) {
            count.setParameter("a", account);
            query.setParameter("a", account);
        }
        return Page.of(page(query, page).getResultList(), page, count.getSingleResult());
    }

    @Override
    public Optional<CreditSettings> findSettings(String company) {
        return em.createQuery("select s from CreditSettings s where s.company = :c", CreditSettings.class)
                .setParameter("c", company).getResultStream().findFirst();
    }

    @Override
    public List<CreditRule> rules(String company) {
        return em.createQuery("select r from CreditRule r where r.company = :c order by r.id", CreditRule.class)
                .setParameter("c", company).getResultList();
    }

    @Override
    public Optional<CreditRule> findRule(String company, long id) {
        return Optional.ofNullable(em.find(CreditRule.class, id)).filter(r -> r.company().equals(company));
    }

    @Override
    public void store(CreditProfile profile) {
        em.persist(profile);
    }

    @Override
    public void store(CreditLimitGroup group) {
        em.persist(group);
    }

    @Override
    public void store(CreditInsurance insurance) {
        em.persist(insurance);
    }

    @Override
    public void store(CreditLimitRequest request) {
        em.persist(request);
    }

    @Override
    public void store(CreditChangeRequest change) {
        em.persist(change);
    }

    @Override
    public void store(OrderCreditCheck check) {
        em.persist(check);
    }

    @Override
    public void store(CreditSettings settings) {
        em.persist(settings);
    }

    @Override
    public void store(CreditRule rule) {
        em.persist(rule);
    }

    @Override
    public void remove(CreditInsurance insurance) {
        em.remove(insurance);
    }

    @Override
    public void remove(CreditRule rule) {
        em.remove(rule);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void flushAndRelease() {
        em.flush();
        em.clear();
    }

    private <T> Optional<T> find(Class<T> type, long id, boolean forUpdate) {
        return Optional.ofNullable(forUpdate ? em.find(type, id, LockModeType.PESSIMISTIC_WRITE) : em.find(type, id));
    }

    private static <T> TypedQuery<T> page(TypedQuery<T> query, PageRequest page) {
        return query.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size());
    }
}
