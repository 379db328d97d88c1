package org.dunwell.ledger.domain.jobs;

import java.time.Instant;
import java.time.LocalDate;

/** Where claims of scheduled work are kept; the key (job, company, business date) is taken once. */
public interface JobClaimRepository {

    /** Inserts the claim unless its key is taken; true when this call inserted it. */
    boolean insertIfAbsent(String job, String company, LocalDate businessDate, String claimant, Instant at);
}
