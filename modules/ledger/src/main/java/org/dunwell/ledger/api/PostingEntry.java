package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A money movement made in Dunwell, for the ERP: its number in the company's feed, what it is (a document posted
 * here: FEE, INTEREST, CREDIT_NOTE, WRITE_OFF, PAYMENT (received through Dunwell, e.g. an agency's recovery); SETTLED and SETTLEMENT_UNDONE of a debit by a credit;
 * PAYMENT_REVERSED), the document and the one it relates to, the customer, the amount (positive), its date, and the
 * reconciliation key an ERP document of the same movement carries as its reference.
 */
@Schema(description = "A money movement made in Dunwell: entryNo (the feed's order), kind (FEE, INTEREST,"
        + " CREDIT_NOTE, WRITE_OFF, PAYMENT (received through Dunwell: a collection agency's recovery), SETTLED, SETTLEMENT_UNDONE, PAYMENT_REVERSED), document, relatedDocument,"
        + " account, currency, amount, date, reconciliationKey (put it in the reference of the ERP's own document of"
        + " the same movement: the import then matches it instead of counting it twice).")
public record PostingEntry(long entryNo, String kind, String document, String relatedDocument, String account,
                           String currency, @Schema(ref = "Amount") BigDecimal amount,
                           @Schema(ref = "Date") LocalDate date, String reconciliationKey, String description,
                           String createdBy, Instant createdAt) {

    /** One read of the feed: the entries after the cursor, and the cursor to read on from. */
    @Schema(name = "PostingFeed", description = "Entries after the cursor asked for, in order; next is the cursor to"
            + " read on from (the last entry's number, or the cursor given when there is nothing new).")
    public record Feed(java.util.List<PostingEntry> entries, long next) {
    }
}
