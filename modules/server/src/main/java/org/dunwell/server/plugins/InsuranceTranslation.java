package org.dunwell.server.plugins;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.dunwell.integrations.api.CoverState;
import org.dunwell.integrations.api.InsuranceSubject;
import org.dunwell.integrations.api.InsuredInvoice;
import org.dunwell.integrations.api.InsurerClaimAnswer;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.kernel.api.Money;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.insurance.ClaimStatus;
import org.dunwell.plugin.api.insurance.CoverDecision;
import org.dunwell.plugin.api.insurance.CoverRequest;
import org.dunwell.plugin.api.insurance.OverdueInvoice;

/**
 * An insurer's decision in Dunwell's terms: the insured limit rounded down to the currency's decimals (cover is never
 * rounded up), the coverage percent and end date from the insurer or else from the plugin's policy settings
 * ({@code policy.coveragePercent}, {@code policy.endDate}) to two decimals rounded down; texts longer than Dunwell
 * keeps are the plugin's failure.
 */
final class InsuranceTranslation {

    static final String COVERAGE_SETTING = "policy.coveragePercent";
    static final String END_SETTING = "policy.endDate";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InsuranceTranslation() {
    }

    static CoverRequest request(InsuranceSubject subject) {
        return new CoverRequest(subject.account(), subject.buyerName(), subject.registrationNumber(),
                subject.country(), new MonetaryAmount(subject.amount().amount(),
                        subject.amount().currency().getCurrencyCode()), subject.existingCoverReference(), Map.of());
    }

    /** The policy's settings, checked before any call: a wrong one is the configuration's fault, not the insurer's. */
    record PolicyDefaults(BigDecimal coveragePercent, LocalDate endDate) {

        static PolicyDefaults of(Map<String, String> settings) {
            String percent = settings.get(COVERAGE_SETTING);
            String end = settings.get(END_SETTING);
            BigDecimal coverage = percent == null ? null : percent(percent);
            if (percent != null && coverage == null) {
                throw new IllegalArgumentException(COVERAGE_SETTING + " must be a number more than 0 and at most 100: "
                        + percent);
            }
            try {
                return new PolicyDefaults(coverage, end == null ? null : LocalDate.parse(end));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(END_SETTING + " must be a date (YYYY-MM-DD): " + end);
            }
        }
    }

    static InsurerDecision decision(CoverDecision decision, PolicyDefaults defaults) {
        MonetaryAmount limit = decision.insuredLimit();
        String vendorPercent = decision.properties().get("coveragePercent");
        BigDecimal coverage = vendorPercent == null ? defaults.coveragePercent() : percent(vendorPercent);
        if (vendorPercent != null && coverage == null) {
            throw new IllegalStateException("the plugin answered a coverage percent that is none: " + vendorPercent);
        }
        LocalDate validTo = decision.validTo() != null ? decision.validTo() : defaults.endDate();
        List<String> conditions = decision.conditions();
        conditions.forEach(condition -> text(condition, 500));
        text(String.join("\n", conditions), 2000);
        return new InsurerDecision(text(decision.coverReference(), 100), state(decision), limit == null ? null
                : Money.rounded(limit.amount(), Money.currency(limit.currency()), RoundingMode.DOWN), coverage,
                decision.validFrom(), validTo, conditions);
    }

    static List<OverdueInvoice> invoices(List<InsuredInvoice> invoices) {
        return invoices.stream().map(i -> new OverdueInvoice(i.number(), i.invoiceDate(), i.dueDate(),
                new MonetaryAmount(i.open().amount(), i.open().currency().getCurrencyCode()))).toList();
    }

    /** The insurer's reference of a notice or claim: required, no longer than Dunwell keeps. */
    static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalStateException("the plugin answered no reference");
        }
        return text(reference.strip(), 100);
    }

    /** A claim's state in Dunwell's terms; a settled amount with more decimals than its currency is garbage. */
    static InsurerClaimAnswer claim(ClaimStatus status) {
        if (status == null) {
            throw new IllegalStateException("the plugin answered null instead of a claim's state");
        }
        MonetaryAmount settled = status.settledAmount();
        Money amount = null;
        if (settled != null) {
            java.util.Currency currency = Money.currency(settled.currency());
            if (settled.amount().stripTrailingZeros().scale() > Math.max(0, currency.getDefaultFractionDigits())) {
                throw new IllegalStateException("the plugin answered " + settled.amount() + " " + settled.currency()
                        + ", more decimals than the currency has");
            }
            amount = Money.of(settled.amount().setScale(currency.getDefaultFractionDigits()), currency);
        }
        org.dunwell.integrations.api.ClaimState state = switch (status.state()) {
            case FILED -> org.dunwell.integrations.api.ClaimState.FILED;
            case UNDER_REVIEW -> org.dunwell.integrations.api.ClaimState.UNDER_REVIEW;
            case ACCEPTED -> org.dunwell.integrations.api.ClaimState.ACCEPTED;
            case PARTIALLY_ACCEPTED -> org.dunwell.integrations.api.ClaimState.PARTIALLY_ACCEPTED;
            case REJECTED -> org.dunwell.integrations.api.ClaimState.REJECTED;
            case PAID -> org.dunwell.integrations.api.ClaimState.PAID;
        };
        return new InsurerClaimAnswer(reference(status.claimReference()), status.claimNumber(), state, amount,
                text(status.note(), 500));
    }

    private static CoverState state(CoverDecision decision) {
        return switch (decision.status()) {
            case PENDING -> CoverState.PENDING;
            case GRANTED -> CoverState.GRANTED;
            case PARTIALLY_GRANTED -> CoverState.PARTIALLY_GRANTED;
            case REFUSED -> CoverState.REFUSED;
            case WITHDRAWN -> CoverState.WITHDRAWN;
        };
    }

    /** A percent more than 0 and at most 100, to two decimals rounded down; null when the text is none. */
    private static BigDecimal percent(String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim()).setScale(2, RoundingMode.DOWN);
            return value.signum() > 0 && value.compareTo(HUNDRED) <= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalStateException("the plugin answered a text of " + value.length() + " characters where "
                    + max + " are kept");
        }
        return value;
    }
}
