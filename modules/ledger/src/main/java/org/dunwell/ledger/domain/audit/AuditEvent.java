package org.dunwell.ledger.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.entity.KeyedEntity;

/** A row of the audit trail. Never updated, never deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends KeyedEntity {

    private static final int TEXT = 1000;


    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;
    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;
    @Column(name = "action", nullable = false, updatable = false)
    private String action;
    @Column(name = "field_name", updatable = false)
    private String field;
    @Column(name = "old_value", updatable = false)
    private String oldValue;
    @Column(name = "new_value", updatable = false)
    private String newValue;
    @Column(name = "reason", updatable = false)
    private String reason;
    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    public static AuditEvent of(AuditEntry entry) {
        AuditEvent event = new AuditEvent();
        event.company = entry.company();
        event.subjectType = entry.subjectType();
        event.subjectKey = entry.subjectKey();
        event.action = entry.action();
        event.field = entry.field();
        event.oldValue = clip(entry.oldValue());
        event.newValue = clip(entry.newValue());
        event.reason = clip(entry.reason());
        event.actor = entry.actor();
        event.occurredAt = entry.occurredAt();
        return event;
    }

    private static String clip(String value) {
        return value == null || value.length() <= TEXT ? value : value.substring(0, TEXT - 1) + "…";
    }

    public AuditEntry toEntry() {
        return new AuditEntry(company, subjectType, subjectKey, action, field, oldValue, newValue, reason, actor,
                occurredAt);
    }
}
