package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dunwell.collections.api.Timelines;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;

/**
 * Writes a customer's collections history: one audit entry per action or status change, under
 * the customer's account, in the transaction of the change itself.
 */
@ApplicationScoped
public class CollectionsLog {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_SUBJECT = 60;

    private AuditTrail audit;
    private BusinessClock clock;

    protected CollectionsLog() {
    }

    @Inject
    public CollectionsLog(AuditTrail audit, BusinessClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@code subject} names what changed ("promise 12", "invoice INV-1"); {@code before} and
     * {@code after} its status (or value) as text; {@code why} the user's reason.
     */
    public void record(String company, String account, String action, String subject, String before, String after,
                       String why, UserName actor) {
        audit.record(new AuditEntry(company, Timelines.HISTORY_SUBJECT, account, action, fit(subject, MAX_SUBJECT),
                fit(before, MAX_TEXT), fit(after, MAX_TEXT), fit(why, MAX_TEXT), actor.value(), clock.now()));
    }

    /** The audit trail keeps at most {@code max} characters (its column's size). */
    static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A change of the company's collections settings (subject {@code collections-settings}, key the company). */
    public void recordSetting(String company, String field, String before, String after, UserName actor) {
        audit.record(new AuditEntry(company, "collections-settings", company, "changed", field, before, after, null,
                actor.value(), clock.now()));
    }
}
