package org.dunwell.integrations.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An update from an agency in this module's words: the case (the agency's reference), the agency's own id of the
 * update (applied once, however often it comes), and per kind the status, or the amount and currency of a recovery or
 * fee with its date and, for a recovery, the invoice the debtor paid where the agency says.
 */
public record AgencyEvent(Kind kind, String agencyReference, String updateId, String status, String note,
                          BigDecimal amount, String currency, LocalDate date, String invoiceNumber, Instant at) {

    /** What the agency reports. */
    public enum Kind { STATUS, RECOVERY, FEE }

    public static AgencyEvent status(String reference, String updateId, String status, String note, Instant at) {
        return new AgencyEvent(Kind.STATUS, reference, updateId, status, note, null, null, null, null, at);
    }

    public static AgencyEvent recovery(String reference, String updateId, BigDecimal amount, String currency,
                                       LocalDate receivedOn, String invoiceNumber) {
        return new AgencyEvent(Kind.RECOVERY, reference, updateId, null, null, amount, currency, receivedOn,
                invoiceNumber, null);
    }

    public static AgencyEvent fee(String reference, String updateId, BigDecimal amount, String currency,
                                  String description, LocalDate chargedOn) {
        return new AgencyEvent(Kind.FEE, reference, updateId, null, description, amount, currency, chargedOn, null,
                null);
    }
}
