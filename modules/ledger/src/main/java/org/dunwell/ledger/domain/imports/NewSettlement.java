package org.dunwell.ledger.domain.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A settlement about to be recorded, with the dates of its two documents (aging as of a past date reads them). */
public record NewSettlement(long id, String company, long customerId, long debitId, long creditId, BigDecimal amount,
                            LocalDate settledOn, DocumentDates dates, String createdBy, Instant createdAt) {

    public NewSettlement {
        Objects.requireNonNull(dates, "dates");
    }

    /** The debit's document and due dates and the credit's document date (documents' dates never change). */
    public record DocumentDates(LocalDate debitDocumentDate, LocalDate debitDueDate, LocalDate creditDocumentDate) {
        public DocumentDates {
            Objects.requireNonNull(debitDocumentDate, "debitDocumentDate");
            Objects.requireNonNull(debitDueDate, "debitDueDate");
            Objects.requireNonNull(creditDocumentDate, "creditDocumentDate");
        }
    }
}
