package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.dunwell.collections.api.Activities;
import org.dunwell.collections.api.ActivityDraft;
import org.dunwell.collections.api.ActivityType;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.domain.promise.PaymentPromise;
import org.dunwell.collections.domain.promise.PromiseRepository;
import org.dunwell.collections.domain.promise.PromiseVerdict;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Settlements;

/**
 * Decides one promise in a transaction of its own, holding its row lock: a promise someone else
 * decided meanwhile (another run, another server) is left alone, so a kept or broken promise is
 * recorded, and a broken one escalated, exactly once.
 */
@ApplicationScoped
public class PromiseJudge {

    private PromiseRepository promises;
    private Settlements settlements;
    private Activities activities;
    private InvoiceStatuses statuses;
    private CollectionsLog log;

    protected PromiseJudge() {
    }

    @Inject
    public PromiseJudge(PromiseRepository promises, Settlements settlements, Activities activities,
                        InvoiceStatuses statuses, CollectionsLog log) {
        this.promises = promises;
        this.settlements = settlements;
        this.activities = activities;
        this.statuses = statuses;
        this.log = log;
    }

    /** The promise's status after judging it as of {@code asOf}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PromiseStatus judge(long id, LocalDate asOf, UserName actor) {
        PaymentPromise promise = promises.findForUpdate(id).orElse(null);
        if (promise == null || promise.status() != PromiseStatus.OPEN || promise.madeOn().isAfter(asOf)) {
            return promise == null ? PromiseStatus.CANCELLED : promise.status();
        }
        Money received = Money.of(settlements.paidOn(promise.company(), promise.documents(), promise.madeOn(),
                PromiseVerdict.countsUntil(promise.deadline(), asOf)), promise.amount().currency());
        if (!promise.judge(received, asOf)) {
            return PromiseStatus.OPEN;
        }
        String subject = "promise " + id;
        String outcome = received.toPlainString() + " of " + promise.amount().toPlainString() + " received by "
                + promise.deadline();
        if (promise.status() == PromiseStatus.BROKEN) {
            long escalation = activities.create(promise.company(), new ActivityDraft(promise.account(),
                    ActivityType.TASK, "Broken promise " + id + ": " + outcome, null, promise.agent(), null, null,
                    asOf, null, promise.documents()), CustomerScope.ALL, actor).id();
            promise.escalatedBy(escalation);
        }
        promises.flush();
        log.record(promise.company(), promise.account(), promise.status() == PromiseStatus.KEPT ? "promise-kept"
                : "promise-broken", subject, PromiseStatus.OPEN.name(), promise.status().name(), outcome, actor);
        promise.documents().forEach(d -> statuses.refresh(promise.company(), d, subject + " " + promise.status(),
                actor));
        return promise.status();
    }
}
