package org.dunwell.ai.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dunwell.collections.api.Timelines;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;

/** Writes what happens to a draft into the customer's collections history (the timeline shows it): who, when, why. */
@ApplicationScoped
public class AiLog {

    private AuditTrail audit;
    private BusinessClock clock;

    protected AiLog() {
    }

    @Inject
    public AiLog(AuditTrail audit, BusinessClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public void customer(String company, String account, String action, String subject, String after, String why,
                         UserName actor) {
        audit.record(new AuditEntry(company, Timelines.HISTORY_SUBJECT, account, action, subject, null, fit(after),
                fit(why), actor.value(), clock.now()));
    }

    private static String fit(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
