package org.dunwell.dunning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of a letter run's proposal: the customer, its sequence and escalation rule, the level, the language
 * (and why, when it is not the customer's), whom it goes to, the overdue amount, fee, interest and total, where the
 * line stands and why it is there; its invoices, included or left out with the reason.
 */
@Schema(description = "A proposal line: customer, sequence, escalation rule, level, language (languageNote when not"
        + " the customer's), contact and email, overdue, fee, interest, total, status and why; its invoices.")
public record ProposalLineView(long run, int line, String account, String customerName, String currency,
                               String sequence, EscalationRule escalation, Integer level, String language,
                               String languageNote, String contact, String email,
                               @Schema(ref = "Amount") BigDecimal overdue, @Schema(ref = "Amount") BigDecimal fee,
                               @Schema(ref = "Amount") BigDecimal interest, @Schema(ref = "Amount") BigDecimal total,
                               LineStatus status, String reason, Long letter, String editedBy, String editReason,
                               List<Invoice> invoices) {

    /** An invoice of the line: its days overdue, what is open, its level before, interest, or why it is left out. */
    @Schema(name = "ProposalInvoice", description = "An invoice of a proposal line: days overdue, open amount, level"
            + " before the letter, interest and the day it runs from, or why it is left out (excludedBecause).")
    public record Invoice(String document, @Schema(ref = "Date") LocalDate dueDate, int daysOverdue,
                          @Schema(ref = "Amount") BigDecimal open, int levelBefore,
                          @Schema(ref = "Amount") BigDecimal interest, @Schema(ref = "Date") LocalDate interestFrom,
                          String excludedBecause) {
    }
}
