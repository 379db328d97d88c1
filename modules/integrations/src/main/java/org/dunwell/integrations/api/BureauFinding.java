package org.dunwell.integrations.api;

import java.time.LocalDate;
import java.util.Objects;
import org.dunwell.kernel.api.Money;

/**
 * A bureau's report in Dunwell's terms: its reference and date, the company as the bureau knows it, the score on
 * Dunwell's scale (0 worst to 100 best, whole points) and as the bureau gave it, the bureau's rating and the limit it
 * recommends (null: none).
 */
public record BureauFinding(String reportReference, LocalDate reportDate, String bureauCompanyId, String companyName,
                            int score, String bureauScore, String rating, Money recommendedLimit) {

    public BureauFinding {
        Objects.requireNonNull(reportReference, "reportReference");
        Objects.requireNonNull(reportDate, "reportDate");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100: " + score);
        }
    }
}
