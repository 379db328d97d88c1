package org.dunwell.credit.api;

/**
 * Changes to a customer's credit settings; a null field stays as it is, an empty string clears
 * ({@code limitGroup}, {@code limitExpiresOn} as YYYY-MM-DD, {@code holdReason}: a reason code
 * puts the customer on hold, empty takes it off).
 */
public record ProfileChanges(LimitType limitType, Boolean mandatoryLimit, String limitGroup, String limitExpiresOn,
                             String holdReason, String holdNote, Integer bureauScore) {
}
