package org.dunwell.dunning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An interest note: the customer, the code, as of which day, its lines (per invoice: the period, days, the balance
 * interest ran on, the interest and the ledger document that charges it), the total, and where it stands
 * (PREVIEW: computed, not posted; POSTED; WAIVER_REQUESTED: a waiver above the requester's limit waits for a second
 * person; WAIVED; REVERSED).
 */
@Schema(description = "An interest note: lines per invoice (period, days, balance, interest, the charging document),"
        + " total, status PREVIEW | POSTED | WAIVER_REQUESTED | WAIVED | REVERSED, the waiver and its decision.")
public record InterestNoteView(long id, String company, String account, String currency, String interestCode,
                               @Schema(ref = "Date") LocalDate asOf, @Schema(ref = "Amount") BigDecimal amount,
                               String status, List<Line> lines, String waiverRequestedBy, String waiverReason,
                               String decidedBy, Instant decidedAt, String decisionNote, String createdBy,
                               Instant createdAt, long version) {

    /** Interest on one invoice for one period. */
    @Schema(name = "InterestNoteLine", description = "Interest on one invoice: from (exclusive) to (inclusive), days,"
            + " the balance it ran on, the interest and the ledger document that charges it.")
    public record Line(String document, @Schema(ref = "Date") LocalDate from, @Schema(ref = "Date") LocalDate to,
                       int days, @Schema(ref = "Amount") BigDecimal balance,
                       @Schema(ref = "Amount") BigDecimal amount, String chargeDocument) {
    }
}
