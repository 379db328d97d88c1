package org.dunwell.credit.domain;

import java.math.BigDecimal;
import java.util.Set;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditRuleType;

/** One blocking rule as the evaluation needs it. */
public record RuleSpec(CreditRuleType type, BigDecimal threshold, Set<String> riskGroups,
                       CreditCheckDecision result) {
}
