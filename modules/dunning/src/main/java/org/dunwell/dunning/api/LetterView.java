package org.dunwell.dunning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A collection letter as posted: its number, customer, level, date, language, recipient, invoices with days
 * overdue and interest, the fee, the totals, its text, whether it blocked the customer or handed it over, and how
 * often it was printed.
 */
@Schema(description = "A collection letter as posted: number, customer, level, date, language, recipient, invoices,"
        + " fee, interest, total, text; blocked, handover; printed (times).")
public record LetterView(long id, String number, String company, String account, String customerName,
                         String sequence, int level, @Schema(ref = "Date") LocalDate date, String language,
                         String contact, String email, String currency, @Schema(ref = "Amount") BigDecimal overdue,
                         @Schema(ref = "Amount") BigDecimal fee, @Schema(ref = "Amount") BigDecimal interest,
                         @Schema(ref = "Amount") BigDecimal total, String feeDocument, String subject, String body,
                         boolean blocked, boolean handover, int printed, List<Invoice> invoices, String createdBy,
                         Instant createdAt) {

    /** An invoice the letter names. */
    @Schema(name = "LetterInvoice", description = "An invoice the letter names: dates, days overdue, open amount,"
            + " interest and its interest note.")
    public record Invoice(String document, @Schema(ref = "Date") LocalDate documentDate,
                          @Schema(ref = "Date") LocalDate dueDate, int daysOverdue,
                          @Schema(ref = "Amount") BigDecimal open, @Schema(ref = "Amount") BigDecimal interest,
                          String interestDocument) {
    }
}
