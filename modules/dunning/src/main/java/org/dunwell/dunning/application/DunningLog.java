package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dunwell.collections.api.Timelines;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;

/**
 * Writes what dunning changes to the audit trail, in the transaction of the change: set-up changes under their own
 * subject, what happens to a customer (a letter, a hold, an email) in its collections history and timeline.
 */
@ApplicationScoped
public class DunningLog {

    private AuditTrail audit;
    private BusinessClock clock;

    protected DunningLog() {
    }

    @Inject
    public DunningLog(AuditTrail audit, BusinessClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** A change of set-up: {@code subject} its kind ("letter-sequence"), {@code key} its code. */
    public void setup(String company, String subject, String key, String action, String before, String after,
                      String why, UserName actor) {
        audit.record(new AuditEntry(company, subject, key, action, null, fit(before), fit(after), fit(why),
                actor.value(), clock.now()));
    }

    /** Something that happened to a customer: in its collections history (the timeline shows it). */
    public void customer(String company, String account, String action, String subject, String after, String why,
                         UserName actor) {
        audit.record(new AuditEntry(company, Timelines.HISTORY_SUBJECT, account, action,
                subject.length() > 60 ? subject.substring(0, 59) + "…" : subject, null, fit(after), fit(why),
                actor.value(), clock.now()));
    }

    private static String fit(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
