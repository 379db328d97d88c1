package org.dunwell.credit.api;

/** A rule that fired in a credit check, the result it gives and its figures in words. */
public record CreditReason(CreditRuleType rule, CreditCheckDecision result, String detail) {
}
