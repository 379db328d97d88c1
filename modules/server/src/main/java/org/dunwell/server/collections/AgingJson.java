package org.dunwell.server.collections;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.ledger.api.CustomerAging;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Aging as api-contract.md writes it: amounts as strings in the customer's currency. */
@JsonbPropertyOrder({"account", "company", "name", "currency", "asOf", "definition", "openBalance", "buckets"})
@Schema(description = "Aging as api-contract.md writes it: amounts as strings in the customer's currency.")
public record AgingJson(@Schema(required = true, ref = "Key") String account,
                        @Schema(required = true, ref = "Key") String company,
                        String name,
                        @Schema(required = true, ref = "Currency") String currency,
                        @Schema(required = true) LocalDate asOf,
                        @Schema(required = true) String definition,
                        @Schema(required = true, ref = "Amount") String openBalance,
                        @Schema(required = true) List<BucketJson> buckets) {

    /** One bucket; an open bound is written as null, as the contract shows. */
    @JsonbNillable
    @JsonbPropertyOrder({"name", "fromDays", "toDays", "amount"})
    @Schema(description = "One bucket; an open bound is written as null, as the contract shows.")
    public record BucketJson(@Schema(required = true) String name,
                             @Schema(required = true, nullable = true, description = "First day of the bucket; null: no"
                                     + " lower bound") Integer fromDays,
                             @Schema(required = true, nullable = true, description = "Last day of the bucket; null: no"
                                     + " upper bound") Integer toDays,
                             @Schema(required = true, ref = "Amount") String amount) {
    }

    /** The aging of one customer by the definition the request named (or the default). */
    public static AgingJson of(CustomerAging a, String requestedDefinition) {
        return new AgingJson(a.account(), a.company(), a.name(), a.currency(), a.asOf(),
                PoolsAndAging.definitionName(requestedDefinition),
                a.openBalance().toPlainString(), a.buckets().stream()
                .map(b -> new BucketJson(b.name(), b.fromDays(), b.toDays(), b.amount().toPlainString())).toList());
    }
}
