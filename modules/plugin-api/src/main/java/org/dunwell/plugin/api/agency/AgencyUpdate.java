package org.dunwell.plugin.api.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;

/**
 * What an agency reports on a case it holds. Each carries the agency's own id of the report: the host applies
 * a report once, however often the agency sends it.
 */
public sealed interface AgencyUpdate {

    String agencyReference();

    /** The case's state at the agency changed (e.g. {@code IN_PROGRESS}, {@code LEGAL}, {@code CLOSED}). */
    record StatusChanged(String agencyReference, String updateId, String status, String note, Instant at)
            implements AgencyUpdate {
        public StatusChanged {
            Objects.requireNonNull(agencyReference, "agencyReference");
            Objects.requireNonNull(updateId, "updateId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The agency recovered money from the debtor; for an invoice where it says which. */
    record Recovery(String agencyReference, String recoveryId, MonetaryAmount amount, LocalDate receivedOn,
            String invoiceNumber) implements AgencyUpdate {
        public Recovery {
            Objects.requireNonNull(agencyReference, "agencyReference");
            Objects.requireNonNull(recoveryId, "recoveryId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(receivedOn, "receivedOn");
            if (amount.amount().signum() <= 0) {
                throw new IllegalArgumentException("a recovery is a positive amount");
            }
        }
    }

    /** The agency's fee on the case. */
    record Fee(String agencyReference, String feeId, MonetaryAmount amount, String description, LocalDate chargedOn)
            implements AgencyUpdate {
        public Fee {
            Objects.requireNonNull(agencyReference, "agencyReference");
            Objects.requireNonNull(feeId, "feeId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(chargedOn, "chargedOn");
            if (amount.amount().signum() <= 0) {
                throw new IllegalArgumentException("a fee is a positive amount");
            }
        }
    }
}
