package org.dunwell.credit.api;

import java.time.Instant;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The latest credit check of an order and, when it was held, what credit decided. {@code id}
 * names the entry on the hold list (null for a check without order reference that was not held); {@code creditLimit} and {@code availableCredit} are null
 * when no limit is checked.
 */
@Schema(description = "The latest credit check of an order and, when it was held, what credit decided.")
public record CreditCheckView(Long id, String company, String orderReference, String account, String customerName,
                              String currency, Money amount,
                              CreditCheckDecision decision, List<CreditReason> reasons, Money exposure,
                              Money creditLimit, Money availableCredit, HoldStatus holdStatus, int checks,
                              String checkedBy, Instant checkedAt, String resolvedBy, Instant resolvedAt,
                              String resolutionNote, long version) {

    /** The same check with its customer's name (the hold list shows it). */
    public CreditCheckView named(String name) {
        return new CreditCheckView(id, company, orderReference, account, name, currency, amount, decision, reasons,
                exposure, creditLimit, availableCredit, holdStatus, checks, checkedBy, checkedAt, resolvedBy,
                resolvedAt, resolutionNote, version);
    }
}
