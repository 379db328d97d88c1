package org.dunwell.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.domain.audit.AuditEvent;

/** The audit trail in the {@code audit_event} table, written in the caller's transaction. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JpaAuditTrail() {
    }

    public JpaAuditTrail(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEntry entry) {
        em.persist(AuditEvent.of(entry));
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        entries.forEach(this::record);
    }

    @Override
    public Page<AuditEntry> trail(String company, String subjectType, String actor, PageRequest page) {
        String where = " where e.company = :company" + (subjectType == null ? "" : " and e.subjectType = :type")
                + (actor == null ? "" : " and e.actor = :actor");
        TypedQuery<AuditEvent> rows = em.createQuery("select e from AuditEvent e" + where
                + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("company", company);
            if (subjectType != null) {
                query.setParameter("type", subjectType);
            }
            if (actor != null) {
                query.setParameter("actor", actor);
            }
        }
        List<AuditEntry> items = rows.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size())
                .getResultStream().map(AuditEvent::toEntry).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    @Override
    public Page<AuditEntry> history(String company, String subjectType, String subjectKey, PageRequest page) {
        List<AuditEntry> items = em.createQuery("""
                        select e from AuditEvent e
                        where e.company = :company and e.subjectType = :type and e.subjectKey = :key
                        order by e.occurredAt desc, e.id desc""", AuditEvent.class)
                .setParameter("company", company)
                .setParameter("type", subjectType)
                .setParameter("key", subjectKey)
                .setFirstResult(Math.toIntExact(page.offset()))
                .setMaxResults(page.size())
                .getResultStream().map(AuditEvent::toEntry).toList();
        long total = em.createQuery("""
                        select count(e) from AuditEvent e
                        where e.company = :company and e.subjectType = :type and e.subjectKey = :key""", Long.class)
                .setParameter("company", company)
                .setParameter("type", subjectType)
                .setParameter("key", subjectKey)
                .getSingleResult();
        return Page.of(items, page, total);
    }
}
