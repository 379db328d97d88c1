package org.dunwell.credit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.kernel.api.Money;

/**
 * Which changes raise what a customer may owe, and so need a second person. A change that only tightens
 * (a lower limit, a hold, a stricter rule) applies at once; one that loosens waits for approval:
 * <ul>
 * <li>a customer's limit type that counts less, the mandatory flag off, joining, switching or leaving a
 * limit group (leaving puts the customer under its own limit, which may leave more room), a later or no
 * review date, a customer hold released, a higher bureau score;</li>
 * <li>a higher group limit;</li>
 * <li>a rule made inactive or deleted, a milder result, a higher threshold (tolerance, days, amount), fewer
 * risk groups;</li>
 * <li>a higher approval threshold, and any change to the scorecard's weights or a lower band (either may
 * put customers in a better risk group).</li>
 * </ul>
 */
public final class Loosening {

    private Loosening() {
    }

    /** A profile change split into what applies now and what needs approval. */
    public record ProfileSplit(ProfileChanges now, ProfileChanges approval) {

        public boolean waits() {
            return approval != null;
        }
    }

    /** Splits {@code c} field by field; {@code expiresOn} is {@code c.limitExpiresOn()} parsed (null: cleared). */
    public static ProfileSplit split(CreditProfile p, ProfileChanges c, LocalDate expiresOn) {
        boolean looseType = c.limitType() != null && rank(c.limitType()) < rank(p.limitType());
        boolean looseMandatory = Boolean.FALSE.equals(c.mandatoryLimit()) && p.mandatoryLimit();
        boolean looseGroup = c.limitGroup() != null
                && !Objects.equals(blankToNull(c.limitGroup()), p.limitGroup());
        boolean looseExpiry = c.limitExpiresOn() != null && p.limitExpiresOn() != null
                && (expiresOn == null || expiresOn.isAfter(p.limitExpiresOn()));
        boolean looseHold = c.holdReason() != null && c.holdReason().isBlank() && p.holdReason() != null;
        boolean looseScore = c.bureauScore() != null
                && (p.bureauScore() == null || c.bureauScore() > p.bureauScore());
        ProfileChanges now = new ProfileChanges(looseType ? null : c.limitType(),
                looseMandatory ? null : c.mandatoryLimit(), looseGroup ? null : c.limitGroup(),
                looseExpiry ? null : c.limitExpiresOn(), looseHold ? null : c.holdReason(),
                looseHold ? null : c.holdNote(), looseScore ? null : c.bureauScore());
        if (!(looseType || looseMandatory || looseGroup || looseExpiry || looseHold || looseScore)) {
            return new ProfileSplit(now, null);
        }
        ProfileChanges later = new ProfileChanges(looseType ? c.limitType() : null,
                looseMandatory ? c.mandatoryLimit() : null, looseGroup ? c.limitGroup() : null,
                looseExpiry ? c.limitExpiresOn() : null, looseHold ? c.holdReason() : null,
                looseHold ? c.holdNote() : null, looseScore ? c.bureauScore() : null);
        return new ProfileSplit(now, later);
    }

    /** How much of the exposure a limit type counts: NONE checks nothing at all. */
    static int rank(LimitType type) {
        return type.ordinal();
    }

    public static boolean ofGroupLimit(Money before, Money after) {
        return after.compareTo(before) > 0;
    }

    /** Whether a rule's new definition lets through an order its old one stopped. */
    public static boolean ofRule(RuleSpec before, boolean activeBefore, RuleSpec after, boolean activeAfter) {
        if (!activeBefore) {
            return false;
        }
        if (!activeAfter || after.result().ordinal() < before.result().ordinal()) {
            return true;
        }
        if (before.threshold() != null && after.threshold() != null
                && after.threshold().compareTo(before.threshold()) > 0) {
            return true;
        }
        return !after.riskGroups().containsAll(before.riskGroups());
    }

    /** Whether removing a rule lets orders through: it does if the rule is active. */
    public static boolean ofRuleRemoval(boolean active) {
        return active;
    }

    public static boolean ofSettings(BigDecimal thresholdBefore, Scorecard before, BigDecimal thresholdAfter,
                                     Scorecard after) {
        if (thresholdAfter.compareTo(thresholdBefore) > 0) {
            return true;
        }
        boolean weightsChanged = !List.of(before.paymentWeight(), before.exposureWeight(),
                before.relationshipWeight(), before.overdueWeight(), before.bureauWeight()).equals(List.of(
                after.paymentWeight(), after.exposureWeight(), after.relationshipWeight(), after.overdueWeight(),
                after.bureauWeight()));
        return weightsChanged || after.bandA() < before.bandA() || after.bandB() < before.bandB()
                || after.bandC() < before.bandC() || after.bandD() < before.bandD();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
