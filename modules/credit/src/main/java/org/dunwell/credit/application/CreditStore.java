package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.domain.CreditInsurance;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditLimitRequest;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRule;
import org.dunwell.credit.domain.CreditSettings;
import org.dunwell.credit.domain.OrderCreditCheck;
import org.dunwell.credit.domain.RuleSpec;

/**
 * The credit module's reads and writes through JPA, in one place: profiles, groups, insurance,
 * rules and settings (installed with the defaults on a company's first use), requests, checks.
 */
@ApplicationScoped
public class CreditStore {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected CreditStore() {
    }

    public CreditStore(EntityManager em) {
        this.em = em;
    }

    EntityManager em() {
        return em;
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    Optional<CreditProfile> profile(String company, String account) {
        return em.createQuery("select p from CreditProfile p where p.company = :c and p.account = :a",
                CreditProfile.class).setParameter("c", company).setParameter("a", account).getResultStream().findFirst();
    }

    /** The profile, created with the defaults if the customer has none yet. */
    CreditProfile profileForUpdate(String company, String account) {
        return profile(company, account).orElseGet(() -> {
            CreditProfile created = new CreditProfile(company, account);
            em.persist(created);
            return created;
        });
    }

    List<CreditProfile> profiles(String company, Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from CreditProfile p where p.company = :c and p.account in :a",
                CreditProfile.class).setParameter("c", company).setParameter("a", accounts).getResultList();
    }

    List<CreditProfile> members(String company, String group) {
        return em.createQuery("select p from CreditProfile p where p.company = :c and p.limitGroup = :g"
                + " order by p.account", CreditProfile.class).setParameter("c", company).setParameter("g", group)
                .getResultList();
    }

    Optional<CreditLimitGroup> group(String company, String name) {
        return em.createQuery("select g from CreditLimitGroup g where g.company = :c and g.name = :n",
                CreditLimitGroup.class).setParameter("c", company).setParameter("n", name).getResultStream()
                .findFirst();
    }

    List<CreditLimitGroup> groups(String company) {
        return em.createQuery("select g from CreditLimitGroup g where g.company = :c order by g.name",
                CreditLimitGroup.class).setParameter("c", company).getResultList();
    }

    Optional<CreditInsurance> insurance(String company, String account) {
        return em.createQuery("select i from CreditInsurance i where i.company = :c and i.account = :a",
                CreditInsurance.class).setParameter("c", company).setParameter("a", account).getResultStream()
                .findFirst();
    }

    void remove(Object entity) {
        em.remove(entity);
    }

    /** Approved requests of the accounts (their grants make the limit schedule). */
    List<CreditLimitRequest> approved(String company, Collection<String> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from CreditLimitRequest r where r.company = :c and r.account in :a"
                        + " and r.status = :s", CreditLimitRequest.class).setParameter("c", company)
                .setParameter("a", accounts).setParameter("s", CreditLimitRequest.Status.APPROVED).getResultList();
    }

    Optional<CreditLimitRequest> request(String company, long id, boolean lock) {
        CreditLimitRequest found = lock ? em.find(CreditLimitRequest.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CreditLimitRequest.class, id);
        return Optional.ofNullable(found).filter(r -> r.company().equals(company));
    }

    Optional<OrderCreditCheck> checkByOrder(String company, String orderReference) {
        return em.createQuery("select c from OrderCreditCheck c where c.company = :c and c.orderReference = :r",
                OrderCreditCheck.class).setParameter("c", company).setParameter("r", orderReference)
                .getResultStream().findFirst();
    }

    Optional<OrderCreditCheck> check(String company, long id, boolean lock) {
        OrderCreditCheck found = lock ? em.find(OrderCreditCheck.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(OrderCreditCheck.class, id);
        return Optional.ofNullable(found).filter(c -> c.company().equals(company));
    }

    /** The company's settings; on its first use they and the default rules are installed. */
    CreditSettings settings(String company) {
        Optional<CreditSettings> found = em.createQuery("select s from CreditSettings s where s.company = :c",
                CreditSettings.class).setParameter("c", company).getResultStream().findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        CreditSettings created = new CreditSettings(company);
        em.persist(created);
        for (RuleSpec spec : DEFAULT_RULES) {
            CreditRule rule = new CreditRule(company, spec.type());
            rule.define(spec.threshold(), List.copyOf(spec.riskGroups()), spec.result(), true);
            em.persist(rule);
        }
        em.flush();
        return created;
    }

    List<CreditRule> rules(String company) {
        settings(company);
        return em.createQuery("select r from CreditRule r where r.company = :c order by r.id", CreditRule.class)
                .setParameter("c", company).getResultList();
    }

    Optional<CreditRule> rule(String company, long id) {
        return Optional.ofNullable(em.find(CreditRule.class, id)).filter(r -> r.company().equals(company));
    }

    /** The rule set a company starts with. */
    private static final List<RuleSpec> DEFAULT_RULES = List.of(
            new RuleSpec(CreditRuleType.OVER_LIMIT, BigDecimal.ZERO, Set.of(), CreditCheckDecision.WARNING),
            new RuleSpec(CreditRuleType.OVER_LIMIT, BigDecimal.TEN, Set.of(), CreditCheckDecision.BLOCKED),
            new RuleSpec(CreditRuleType.ON_HOLD, null, Set.of(), CreditCheckDecision.BLOCKED),
            new RuleSpec(CreditRuleType.OVERDUE_DAYS, BigDecimal.valueOf(90), Set.of(), CreditCheckDecision.REVIEW),
            new RuleSpec(CreditRuleType.RISK_GROUP, null, Set.of("E"), CreditCheckDecision.REVIEW),
            new RuleSpec(CreditRuleType.LIMIT_EXPIRED, null, Set.of(), CreditCheckDecision.REVIEW),
            new RuleSpec(CreditRuleType.INSURANCE_EXPIRED, null, Set.of(), CreditCheckDecision.WARNING));
}
