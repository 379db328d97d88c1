package org.dunwell.credit.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dunwell.kernel.api.Money;

/**
 * The credit limit on any day: the latest permanent grant in force (else the limit the customer
 * was created with), unless a temporary grant covers the day, which then wins (the latest
 * approved, if several). A temporary limit so expires by itself and the previous one returns.
 */
public final class LimitSchedule {

    private static final Comparator<LimitGrant> LATEST = Comparator.comparing(LimitGrant::from)
            .thenComparing(LimitGrant::decidedAt);

    private final Money initial;
    private final List<LimitGrant> grants;

    public LimitSchedule(Money initial, List<LimitGrant> grants) {
        this.initial = initial;
        this.grants = List.copyOf(grants);
    }

    public Money limitOn(LocalDate day) {
        return grants.stream().filter(g -> g.temporary() && g.appliesOn(day))
                .max(Comparator.comparing(LimitGrant::decidedAt)).map(LimitGrant::limit)
                .orElseGet(() -> permanentOn(day));
    }

    /** The limit without temporary grants: what returns when they expire. */
    public Money permanentOn(LocalDate day) {
        return grants.stream().filter(g -> !g.temporary() && g.appliesOn(day)).max(LATEST).map(LimitGrant::limit)
                .orElse(initial);
    }
}
