package org.dunwell.server.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.ledger.api.DocumentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A financial document as the API shows it; amounts are strings with the currency's decimals. */
@Schema(description = "A financial document as the API shows it; amounts are strings with the currency's decimals.")
public record DocumentJson(@Schema(required = true, ref = "Key") String company,
                           @Schema(required = true, ref = "Key") String document,
                           @Schema(required = true, enumeration = {"INVOICE", "FEE", "INTEREST", "CREDIT_NOTE", "PAYMENT", "WRITE_OFF"}) String kind,
                           @Schema(required = true, ref = "Key") String account,
                           @Schema(required = true) LocalDate documentDate,
                           LocalDate dueDate,
                           @Schema(required = true, ref = "Currency") String currency,
                           @Schema(required = true, ref = "Amount") String amount,
                           @Schema(required = true, ref = "Amount") String openAmount,
                           String reference,
                           String customerPo,
                           String description,
                           @Schema(ref = "Key") String appliesTo,
                           @Schema(required = true, enumeration = {"POSTED", "CANCELLED", "REVERSED"}) String status,
                           @Schema(required = true) String collectionStatus,
                           LocalDate reversedOn,
                           String reversalReason,
                           String createdBy,
                           Instant createdAt,
                           long version) {

    public static DocumentJson of(DocumentView v) {
        return new DocumentJson(v.company(), v.document(), v.kind().name(), v.account(), v.documentDate(),
                v.dueDate(), v.amount().currency().getCurrencyCode(), v.amount().toPlainString(),
                v.openAmount().toPlainString(), v.reference(), v.customerPo(), v.description(), v.appliesTo(),
                v.status().name(), v.collectionStatus().name(), v.reversedOn(), v.reversalReason(), v.createdBy(),
                v.createdAt(), v.version());
    }
}
