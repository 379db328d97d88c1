package org.dunwell.collections.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * NSF: a payment the bank returned. It is reversed (what it settled reopens and is marked
 * {@code PAYMENT_NOT_MADE}), an optional fee is posted on the account, and the customer's
 * collections history and timeline show it.
 */
public interface ReturnedPayments {

    /** {@code fee} null or zero: no fee; {@code feeDocument} default {@code <payment>-NSF}. */
    ReturnedPayment returnPayment(String company, String payment, LocalDate date, String reason, BigDecimal fee,
                                  String feeDocument, CustomerScope scope, UserName actor);
}
