package org.dunwell.credit.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company's approval threshold (in its accounting currency) and scorecard: component weights
 * and the lowest score of risk groups A to D (below D: E).
 */
@Schema(description = "A company's approval threshold (in its accounting currency) and scorecard: component weights and the lowest score of risk groups A to D (below D: E); how many days an approved order counts as open until the ERP reports it.")
public record CreditSettingsView(String company, BigDecimal approvalThreshold, int paymentWeight, int exposureWeight,
                                 int relationshipWeight, int overdueWeight, int bureauWeight, int bandA, int bandB,
                                 int bandC, int bandD, int approvedOrderDays, long version) {
}
