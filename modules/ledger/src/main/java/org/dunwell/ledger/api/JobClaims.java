package org.dunwell.ledger.api;

import java.time.LocalDate;

/**
 * Scheduled work done once per job, company and business date however many servers run the schedule: the
 * first claim wins, every later one (on this server or another) is refused. A claim is its own transaction.
 */
public interface JobClaims {

    /** True when this caller claimed the work; false when someone had claimed it already. */
    boolean claim(String job, String company, LocalDate businessDate, String claimant);
}
