package org.dunwell.dunning.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What interest runs on: the amount open at the end of the period for every day since the due date
 * ({@code FROM_DUE_DATE}), or the balance day by day, lower after each payment ({@code REMAINING_BALANCE}).
 */
@Schema(description = "FROM_DUE_DATE: the amount open at the period's end for every day since the due date;"
        + " REMAINING_BALANCE: the balance day by day, lower after each payment.")
public enum InterestCalculation {
    FROM_DUE_DATE,
    REMAINING_BALANCE
}
