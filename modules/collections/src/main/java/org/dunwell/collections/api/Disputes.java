package org.dunwell.collections.api;

import java.math.BigDecimal;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Disputes: an open dispute makes its invoice {@code DISPUTED} (out of collection lists and
 * dunning); resolving it once returns the invoice to collections, and {@code CREDIT_ISSUED}
 * posts a credit note for the resolution amount that settles the invoice.
 */
public interface Disputes {

    DisputeView open(String company, DisputeDraft draft, CustomerScope scope, UserName actor);

    DisputeView get(String company, long id, CustomerScope scope);

    /** Filters: account, document, status, investigator; within the scope; newest first. */
    Page<DisputeView> list(String company, String account, String document, DisputeStatus status,
                           String investigator, CustomerScope scope, PageRequest page);

    /**
     * Closes an open dispute with {@code outcome}; {@code resolutionAmount} is required for
     * {@code CREDIT_ISSUED} (the credit note's amount; {@code creditNote} names it, default
     * {@code DSP-<id>}).
     */
    DisputeView resolve(String company, long id, long expectedVersion, DisputeStatus outcome,
                        BigDecimal resolutionAmount, String creditNote, String note, CustomerScope scope,
                        UserName actor);
}
