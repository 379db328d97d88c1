package org.dunwell.credit.api;

import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What counts in a customer's exposure against its credit limit. */
@Schema(description = "What counts in a customer's exposure against its credit limit.")
public enum LimitType {
    /** No limit is checked; the exposure is the open balance. */
    NONE,
    /** The open balance. */
    BALANCE,
    /** The open balance and the packing slips (shipped, not yet invoiced). */
    BALANCE_PACKING_SLIPS,
    /** The open balance, the packing slips and the open sales orders. */
    BALANCE_PACKING_SLIPS_ORDERS;

    /** The exposure of this type from the three figures (all in one currency). */
    public Money exposure(Money balance, Money packingSlips, Money openOrders) {
        return switch (this) {
            case NONE, BALANCE -> balance;
            case BALANCE_PACKING_SLIPS -> balance.plus(packingSlips);
            case BALANCE_PACKING_SLIPS_ORDERS -> balance.plus(packingSlips).plus(openOrders);
        };
    }

    /** Whether open orders (the ERP's, and approved orders it has not reported yet) count. */
    public boolean countsOrders() {
        return this == BALANCE_PACKING_SLIPS_ORDERS;
    }

    public boolean checksLimit() {
        return this != NONE;
    }
}
