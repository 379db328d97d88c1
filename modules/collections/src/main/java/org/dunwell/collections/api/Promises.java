package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Payment promises: recorded on open invoices (which become {@code PROMISED}), evaluated daily
 * as kept or broken (a broken one escalates to its agent), cancelled with a reason.
 */
public interface Promises {

    PromiseView create(String company, PromiseDraft draft, CustomerScope scope, UserName actor);

    PromiseView get(String company, long id, CustomerScope scope);

    /** Filters: account, agent, status; within the scope; earliest promised date first. */
    Page<PromiseView> list(String company, String account, String agent, PromiseStatus status, CustomerScope scope,
                           PageRequest page);

    PromiseView cancel(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                       UserName actor);

    /**
     * Evaluates every open promise made on or before {@code asOf} (of one company, or all when
     * null): kept when its amount was received for its invoices by its deadline, broken when the
     * deadline has passed without it. Each promise is decided once, in its own transaction:
     * running it twice, or on two servers at once, decides and escalates nothing twice.
     */
    PromiseEvaluation evaluate(String company, LocalDate asOf, UserName actor);

    /** Kept / broken / open promises per currency, of a customer (account) or an agent, within the scope. */
    List<PromisePerformance> performance(String company, String account, String agent, CustomerScope scope);

    /** Grace days after the promised date before a promise counts as broken. */
    int graceDays(String company);

    int setGraceDays(String company, int days, UserName actor);
}
