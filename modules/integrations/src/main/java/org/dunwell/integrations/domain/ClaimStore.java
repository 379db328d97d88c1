package org.dunwell.integrations.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dunwell.integrations.api.ClaimKind;
import org.dunwell.integrations.api.ClaimState;
import org.dunwell.integrations.api.InsuranceClaimView;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Where notices and claims sent to insurers are kept. */
public interface ClaimStore {

    /** Keeps a new notice or claim; its id. The claim number is {@code DW-CLM-{id}}. */
    long insert(NewClaim claim);

    Optional<InsuranceClaimView> find(String company, long id);

    Optional<InsuranceClaimView> byInsurerReference(String company, String plugin, String insurerReference);

    Optional<InsuranceClaimView> byClaimNumber(String company, String claimNumber);

    Page<InsuranceClaimView> list(String company, String account, ClaimKind kind, CustomerScope scope,
                                  PageRequest page);

    /**
     * Records where the insurer stands if the claim is still at {@code expectedVersion}.
     *
     * @return false when someone else changed it first
     */
    boolean answer(String company, long id, long expectedVersion, String insurerReference, ClaimState state,
                   Money settled, String note, String lastError, Instant at);

    /** A notice or claim to keep. */
    record NewClaim(String company, String account, String plugin, String coverReference, ClaimKind kind,
                    ClaimState state, Money amount, List<String> invoices, String reason, String requestedBy,
                    Instant requestedAt) {
    }
}
