package org.dunwell.credit.api;

import java.math.BigDecimal;
import java.util.List;

/** A blocking rule of a company as callers see it. */
public record CreditRuleView(long id, String company, CreditRuleType type, BigDecimal threshold,
                             List<String> riskGroups, CreditCheckDecision result, boolean active, long version) {
}
