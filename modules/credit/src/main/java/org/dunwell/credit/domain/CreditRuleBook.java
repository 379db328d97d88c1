package org.dunwell.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditReason;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.kernel.api.Money;

/**
 * A company's blocking rules applied to the facts of one check: every rule that fires is
 * listed with its figures, and the worst result of them is the decision ({@code APPROVED} when
 * none fires).
 */
public final class CreditRuleBook {

    /** The decision and the reasons for it. */
    public record Outcome(CreditCheckDecision decision, List<CreditReason> reasons) {
    }

    /** The rule set a company starts with. */
    public static final List<RuleSpec> STARTING_RULES = List.of(
            new RuleSpec(CreditRuleType.OVER_LIMIT, BigDecimal.ZERO, Set.of(), CreditCheckDecision.WARNING),
            new RuleSpec(CreditRuleType.OVER_LIMIT, BigDecimal.TEN, Set.of(), CreditCheckDecision.BLOCKED),
            new RuleSpec(CreditRuleType.ON_HOLD, null, Set.of(), CreditCheckDecision.BLOCKED),
            new RuleSpec(CreditRuleType.OVERDUE_DAYS, BigDecimal.valueOf(90), Set.of(), CreditCheckDecision.REVIEW),
            new RuleSpec(CreditRuleType.RISK_GROUP, null, Set.of("E"), CreditCheckDecision.REVIEW),
            new RuleSpec(CreditRuleType.LIMIT_EXPIRED, null, Set.of(), CreditCheckDecision.REVIEW),
            new RuleSpec(CreditRuleType.INSURANCE_EXPIRED, null, Set.of(), CreditCheckDecision.WARNING));

    private final List<RuleSpec> rules;

    public CreditRuleBook(List<RuleSpec> rules) {
        this.rules = List.copyOf(rules);
    }

    public Outcome evaluate(CheckFacts facts) {
        CreditCheckDecision decision = CreditCheckDecision.APPROVED;
        List<CreditReason> reasons = new ArrayList<>();
        for (RuleSpec rule : rules) {
            String detail = fires(rule, facts);
            if (detail != null) {
                reasons.add(new CreditReason(rule.type(), rule.result(), detail));
                decision = decision.worst(rule.result());
            }
        }
        return new Outcome(decision, reasons);
    }

    /** Why the rule fires, or null if it does not. */
    static String fires(RuleSpec rule, CheckFacts facts) {
        return switch (rule.type()) {
            case OVER_LIMIT -> overLimit(rule.threshold(), facts.line());
            case OVERDUE_DAYS -> facts.oldestOverdueDays() > rule.threshold().intValue()
                    ? "oldest overdue item is " + facts.oldestOverdueDays() + " days past due (more than "
                    + rule.threshold().intValue() + ")" : null;
            case OVERDUE_AMOUNT -> overdueAmount(rule.threshold(), facts);
            case ON_HOLD -> facts.onHold() ? "customer is on credit hold (" + facts.holdReason() + ")" : null;
            case RISK_GROUP -> facts.riskGroup() != null && rule.riskGroups().contains(facts.riskGroup())
                    ? "risk group " + facts.riskGroup() + " is one of " + rule.riskGroups().stream().sorted().toList()
                    : null;
            case LIMIT_EXPIRED -> facts.limitExpiresOn() != null && facts.limitExpiresOn().isBefore(facts.asOf())
                    ? "credit limit expired on " + facts.limitExpiresOn() : null;
            case INSURANCE_EXPIRED -> insurance(facts);
        };
    }

    private static String overLimit(BigDecimal tolerancePercent, CreditLine line) {
        if (!line.checked()) {
            return null;
        }
        Money limit = line.effectiveLimit();
        Money allowed = limit.plus(limit.percent(tolerancePercent, RoundingMode.DOWN));
        if (!line.exposure().isGreaterThan(allowed)) {
            return null;
        }
        return "exposure " + line.exposure().toPlainString() + " with the order is over the limit "
                + limit.toPlainString() + (tolerancePercent.signum() == 0 ? ""
                : " + " + tolerancePercent.stripTrailingZeros().toPlainString() + " % tolerance ("
                + allowed.toPlainString() + ")") + " " + limit.currency();
    }

    private static String overdueAmount(BigDecimal threshold, CheckFacts facts) {
        Money overdue = facts.overdueInAccounting();
        if (overdue == null) {
            return facts.overdue().isPositive() ? "overdue " + facts.overdue().toPlainString() + " "
                    + facts.overdue().currency() + " cannot be compared: no exchange rate to the accounting currency"
                    : null;
        }
        return overdue.amount().compareTo(threshold) > 0 ? "overdue " + overdue.toPlainString() + " "
                + overdue.currency() + " is more than " + threshold.toPlainString() : null;
    }

    private static String insurance(CheckFacts facts) {
        if (!facts.insured()) {
            return null;
        }
        if (facts.insuranceValidTo() != null && facts.insuranceValidTo().isBefore(facts.asOf())) {
            return "credit insurance expired on " + facts.insuranceValidTo();
        }
        if (facts.insuranceValidFrom() != null && facts.insuranceValidFrom().isAfter(facts.asOf())) {
            return "credit insurance is valid only from " + facts.insuranceValidFrom();
        }
        return null;
    }
}
