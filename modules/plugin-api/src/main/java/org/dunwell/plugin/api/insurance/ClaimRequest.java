package org.dunwell.plugin.api.insurance;

import java.util.List;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;

/** A claim under a cover: the host's claim number (the same number again is the same claim), invoices, total. */
public record ClaimRequest(String claimNumber, String coverReference, String account, List<OverdueInvoice> invoices,
        MonetaryAmount claimedAmount) {

    public ClaimRequest {
        Objects.requireNonNull(claimNumber, "claimNumber");
        Objects.requireNonNull(coverReference, "coverReference");
        Objects.requireNonNull(claimedAmount, "claimedAmount");
        invoices = List.copyOf(invoices);
    }
}
