package org.dunwell.credit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule that fired in a credit check, the result it gives and its figures in words. */
@Schema(description = "A rule that fired in a credit check, the result it gives and its figures in words.")
public record CreditReason(CreditRuleType rule, CreditCheckDecision result, String detail) {
}
