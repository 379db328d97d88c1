package org.dunwell.credit.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A blocking rule of a company as callers see it. */
@Schema(description = "A blocking rule of a company as callers see it.")
public record CreditRuleView(long id, String company, CreditRuleType type, BigDecimal threshold,
                             List<String> riskGroups, CreditCheckDecision result, boolean active, long version) {
}
