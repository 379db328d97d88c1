package org.dunwell.collections.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dunwell.collections.api.CaseView;
import org.dunwell.ledger.api.entity.KeyedEntity;

/** One entry of a case's log: written once, never changed (no setters, columns not updatable). */
@Entity
@Table(name = "case_log_entry")
public class CaseLogEntry extends KeyedEntity {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;
    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;
    @Column(name = "log_action", nullable = false, updatable = false)
    private String action;
    @Column(name = "detail", updatable = false)
    private String detail;

    protected CaseLogEntry() {
    }

    CaseLogEntry(Instant at, String actor, String action, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    CaseView.LogEntry toView() {
        return new CaseView.LogEntry(at, actor, action, detail);
    }
}
