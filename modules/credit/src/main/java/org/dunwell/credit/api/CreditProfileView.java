package org.dunwell.credit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.PaymentHistory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer's credit as of a date: its settings, the limit in force (and the permanent one a
 * temporary limit will fall back to), the exposure and what insurance covers of it, the risk
 * score and the payment history. {@code version} is what an update's If-Match names (0 while the
 * customer still has the default settings).
 */
@Schema(description = "A customer's credit as of a date: its settings, the limit in force (and the permanent one a temporary limit will fall back to), the exposure and what insurance covers of it, the risk score and the payment history.")
public record CreditProfileView(String company, String account, String currency, LocalDate asOf,
                                LimitType limitType, boolean mandatoryLimit, Money creditLimit,
                                Money permanentLimit, LocalDate limitExpiresOn, String limitGroup,
                                String holdReason, String holdNote, Exposure exposure, Insurance insurance,
                                Integer riskScore, String riskGroup, LocalDate riskScoredOn, Integer bureauScore,
                                Money overdue, int oldestOverdueDays, PaymentHistory paymentHistory,
                                LocalDate erpFiguresOn, long version) {

    /**
     * Exposure by its parts; {@code limit} and {@code available} are those of the limit group when
     * the customer is in one ({@code groupExposure} then adds up every member), null when no limit
     * is checked.
     */
    @Schema(description = "Exposure by its parts (openOrders: the ERP's; approvedOrders: orders checked and"
            + " approved here that the ERP has not reported yet, counted for the limit type that counts orders);"
            + " limit and available are those of the limit group when the customer is in one (groupExposure then adds up every member), null when no limit is checked.")
    public record Exposure(Money balance, Money packingSlips, Money openOrders, Money approvedOrders, Money exposure,
                           Money groupExposure, Money limit, Money available, boolean limitChecked) {
    }

    /** The policy and, while it is valid, the insured / covered / uninsured split of the exposure. */
    @Schema(description = "The policy and, while it is valid, the insured / covered / uninsured split of the exposure.")
    public record Insurance(String insurer, String policy, Money insuredLimit, BigDecimal coveragePercent,
                            LocalDate validFrom, LocalDate validTo, boolean valid, Money insuredExposure,
                            Money coveredAmount, Money uninsuredExposure, long version) {
    }
}
