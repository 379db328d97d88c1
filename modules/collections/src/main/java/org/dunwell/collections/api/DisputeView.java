package org.dunwell.collections.api;

import java.time.Instant;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispute of (part of) an invoice and how it was resolved (the credit note, if one was issued). */
@Schema(description = "A dispute of (part of) an invoice and how it was resolved (the credit note, if one was issued).")
public record DisputeView(long id, String company, String account, String document, Money amount, String lines,
                          String reasonCode, String explanation, String investigator, DisputeStatus status,
                          Money resolutionAmount, String creditNote, String resolutionNote, String resolvedBy,
                          Instant resolvedAt, String createdBy, Instant createdAt, long version) {
}
