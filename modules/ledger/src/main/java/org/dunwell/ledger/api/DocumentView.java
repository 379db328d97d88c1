package org.dunwell.ledger.api;

import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A financial document as callers see it, with what is still open of it now. */
@Schema(description = "A financial document as callers see it, with what is still open of it now.")
public record DocumentView(String company, String document, DocumentKind kind, String account,
                           LocalDate documentDate, LocalDate dueDate, Money amount, Money openAmount,
                           String reference, String customerPo, String description, String appliesTo,
                           DocumentStatus status, CollectionStatus collectionStatus, LocalDate reversedOn,
                           String reversalReason, String createdBy, Instant createdAt, long version) {
}
