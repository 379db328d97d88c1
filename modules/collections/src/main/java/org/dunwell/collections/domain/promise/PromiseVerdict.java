package org.dunwell.collections.domain.promise;

import java.time.LocalDate;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.kernel.api.Money;

/**
 * The rule that decides a promise as of a day: kept as soon as what was received for its
 * invoices by then (and by the deadline) reaches the promised amount; broken once the deadline
 * (promised date + grace days) has passed without it; open until then.
 */
public final class PromiseVerdict {

    private PromiseVerdict() {
    }

    public static PromiseStatus of(Money promised, Money received, LocalDate deadline, LocalDate asOf) {
        if (received.compareTo(promised) >= 0) {
            return PromiseStatus.KEPT;
        }
        return asOf.isAfter(deadline) ? PromiseStatus.BROKEN : PromiseStatus.OPEN;
    }

    /** The last day a payment counts for the promise when it is judged as of {@code asOf}. */
    public static LocalDate countsUntil(LocalDate deadline, LocalDate asOf) {
        return asOf.isBefore(deadline) ? asOf : deadline;
    }
}
