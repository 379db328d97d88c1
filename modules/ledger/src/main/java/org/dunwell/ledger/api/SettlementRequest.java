package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Apply a payment or credit note ({@code credit}) to invoices: to {@code debits} in the
 * order given, or, when that list is empty, to the customer's open debits in the company's
 * settlement order. {@code maxAmount} caps the total (null: as much as is open); with
 * {@code exact}, it is the amount to settle, and a settlement that cannot reach it (the credit
 * or the invoices have less open) is refused. The date defaults to the later of the two
 * documents' dates.
 */
public record SettlementRequest(String company, String credit, List<String> debits, BigDecimal maxAmount,
                                LocalDate date, boolean exact) {

    public SettlementRequest(String company, String credit, List<String> debits, BigDecimal maxAmount,
                             LocalDate date) {
        this(company, credit, debits, maxAmount, date, false);
    }
}
