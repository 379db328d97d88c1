package org.dunwell.ledger.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer's open balance as of a date, split into the buckets of a definition (all of them,
 * in order, zeros included). The buckets add up to the open balance exactly.
 */
@Schema(description = "A customer's open balance as of a date, split into the buckets of a definition (all of them, in order, zeros included).")
public record CustomerAging(String company, String account, String name, String currency, LocalDate asOf,
                            Money openBalance, List<Bucket> buckets) {

    /** One bucket's amount. */
    @Schema(name = "AgingBucket", description = "One bucket's amount.")
    public record Bucket(String name, Integer fromDays, Integer toDays, Money amount) {
    }
}
