package org.dunwell.integrations.domain;

import java.time.Instant;
import java.util.Optional;
import org.dunwell.integrations.api.CoverRequestView;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** Where cover requests are kept, with the insurer's latest decision on each. */
public interface CoverRequestStore {

    long insert(NewRequest request);

    Optional<CoverRequestView> find(String company, long id);

    /** The customer's requests, newest first. */
    Page<CoverRequestView> list(String company, String account, PageRequest page);

    /** The requests of the company still PENDING, oldest first. */
    Page<CoverRequestView> pending(String company, PageRequest page);

    /** The latest request the insurer (plugin) knows by this cover reference. */
    Optional<CoverRequestView> byReference(String company, String plugin, String coverReference);

    /** The latest request of the customer, for its registration number and country. */
    Optional<CoverRequestView> latest(String company, String account);

    /**
     * Records a decision on the request if it is still at {@code expectedVersion}.
     *
     * @return false when someone else recorded one first (the caller's change must not apply)
     */
    boolean decide(String company, long id, long expectedVersion, InsurerDecision decision, String outcome,
                   Instant decidedAt);

    /** A request to keep, with the insurer's first answer. */
    record NewRequest(String company, String account, String plugin, Money requestedAmount, String registrationNumber,
                      String country, InsurerDecision decision, String outcome, String reason, String requestedBy,
                      Instant requestedAt) {
    }
}
