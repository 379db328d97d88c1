package org.dunwell.credit.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.ledger.api.AuditEntry;

/** Collects the field changes of one action on a customer's credit, written together. */
final class Audit {

    private final String company;
    private final String account;
    private final String actor;
    private final Instant at;
    private final String reason;
    private final List<AuditEntry> entries = new ArrayList<>();

    Audit(String company, String account, String actor, Instant at, String reason) {
        this.company = company;
        this.account = account;
        this.actor = actor;
        this.at = at;
        this.reason = reason;
    }

    /** Records the change if the value changed. */
    Audit field(String action, String field, Object before, Object after) {
        String old = before == null ? null : before.toString();
        String now = after == null ? null : after.toString();
        if (!Objects.equals(old, now)) {
            entries.add(new AuditEntry(company, CreditProfiles.AUDIT_SUBJECT, account, action, field, old, now, reason,
                    actor, at));
        }
        return this;
    }

    List<AuditEntry> entries() {
        return entries;
    }
}
