package org.dunwell.collections.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The header figures of one customer in the workspace. */
@Schema(description = "The header figures of one customer in the workspace.")
public record CustomerHeader(Money balance, Money overdue, Money creditLimit, Money availableCredit, Integer riskScore,
                             String riskGroup, String accountStatus, String holdReason, LocalDate lastPaymentDate,
                             Money lastPaymentAmount) {
}
