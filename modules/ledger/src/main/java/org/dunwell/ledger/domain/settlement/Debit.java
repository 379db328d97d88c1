package org.dunwell.ledger.domain.settlement;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.DocumentKind;

/**
 * A debit (invoice, fee, interest note) that a credit may settle, with its claim: a fee or
 * interest note belongs to the claim of the invoice it was charged on, an invoice is its own
 * claim. The claim's dates decide the order across claims.
 */
public record Debit(long id, String document, DocumentKind kind, LocalDate documentDate, Money open,
                    String claimDocument, LocalDate claimDueDate, LocalDate claimDocumentDate) {

    /** Within one claim: costs first, then interest, then the principal (§367 BGB). */
    int rankInClaim() {
        return switch (kind) {
            case FEE -> 0;
            case INTEREST -> 1;
            default -> 2;
        };
    }
}
