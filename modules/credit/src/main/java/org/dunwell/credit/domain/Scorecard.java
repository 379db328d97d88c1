package org.dunwell.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dunwell.credit.api.RiskScore;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * A weighted scorecard. Each component scores 0–100:
 * <ul>
 * <li>payment history: 100 − 2 × the amount-weighted average days past due;</li>
 * <li>exposure: 100 up to half the limit used, falling in a straight line to 0 at 150 % (50 when
 * no limit is checked);</li>
 * <li>relationship: 20 per year since the first document, at most 100;</li>
 * <li>overdue share: 100 × (1 − overdue ÷ balance) (100 without a balance);</li>
 * <li>bureau: the bureau's own 0–100 score, when a plugin has given one.</li>
 * </ul>
 * The score is the weighted mean of the components that have data, rounded half-up; the risk
 * group is A (≥ {@code bandA}), B, C, D (≥ {@code bandD}) or E.
 */
public record Scorecard(int paymentWeight, int exposureWeight, int relationshipWeight, int overdueWeight,
                        int bureauWeight, int bandA, int bandB, int bandC, int bandD) {

    public static final Scorecard DEFAULT = new Scorecard(35, 25, 10, 20, 10, 80, 60, 40, 20);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Scorecard {
        for (int weight : new int[] {paymentWeight, exposureWeight, relationshipWeight, overdueWeight, bureauWeight}) {
            if (weight < 0 || weight > 100) {
                throw InvalidInputException.ofField("weights", "each weight must be 0 to 100");
            }
        }
        if (paymentWeight + exposureWeight + relationshipWeight + overdueWeight == 0) {
            throw InvalidInputException.ofField("weights", "at least one ledger component needs a weight");
        }
        if (!(100 >= bandA && bandA > bandB && bandB > bandC && bandC > bandD && bandD > 0)) {
            throw InvalidInputException.ofField("bands", "must fall: 100 ≥ A > B > C > D > 0");
        }
    }

    public RiskScore score(String account, ScoreInputs in) {
        Map<String, Integer> components = new LinkedHashMap<>();
        components.put("paymentHistory", clamp(HUNDRED.subtract(in.averageDaysPastDue().multiply(BigDecimal.valueOf(2)))));
        components.put("exposure", exposure(in.line()));
        long days = in.customerSince() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(in.customerSince(), in.asOf()));
        components.put("relationship", clamp(BigDecimal.valueOf(days * 20).divide(BigDecimal.valueOf(365), 2,
                RoundingMode.HALF_UP)));
        components.put("overdueShare", in.balance().isPositive() ? clamp(HUNDRED.subtract(in.overdue().amount()
                .multiply(HUNDRED).divide(in.balance().amount(), 2, RoundingMode.HALF_UP))) : 100);
        if (in.bureauScore() != null) {
            components.put("bureau", clamp(BigDecimal.valueOf(in.bureauScore())));
        }
        int[] weights = {paymentWeight, exposureWeight, relationshipWeight, overdueWeight, bureauWeight};
        BigDecimal sum = BigDecimal.ZERO;
        int weight = 0;
        int i = 0;
        for (int value : components.values()) {
            sum = sum.add(BigDecimal.valueOf((long) value * weights[i]));
            weight += weights[i];
            i++;
        }
        int score = weight == 0 ? 0 : sum.divide(BigDecimal.valueOf(weight), 0, RoundingMode.HALF_UP).intValue();
        return new RiskScore(account, score, group(score), components, in.asOf());
    }

    public String group(int score) {
        if (score >= bandA) {
            return "A";
        }
        if (score >= bandB) {
            return "B";
        }
        if (score >= bandC) {
            return "C";
        }
        return score >= bandD ? "D" : "E";
    }

    private static int exposure(CreditLine line) {
        if (!line.checked()) {
            return 50;
        }
        if (line.effectiveLimit().isZero()) {
            return line.exposure().isPositive() ? 0 : 100;
        }
        BigDecimal used = line.exposure().amount().divide(line.effectiveLimit().amount(), 4, RoundingMode.HALF_UP);
        // 100 at ≤ 0.5, 0 at ≥ 1.5
        return clamp(new BigDecimal("1.5").subtract(used).multiply(HUNDRED));
    }

    private static int clamp(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
