package org.dunwell.plugin.api.bureau;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.VendorProperties;

/**
 * A bureau's report: the bureau's reference and date of it, the company as the bureau knows it, its score,
 * its rating (the bureau's own words, e.g. {@code A2}) and the limit the bureau recommends (absent when it
 * recommends none).
 */
public record BureauReport(String reportReference, LocalDate reportDate, String bureauCompanyId, String companyName,
        BureauScore score, String rating, MonetaryAmount recommendedLimit, Map<String, String> properties) {

    public BureauReport {
        Objects.requireNonNull(reportReference, "reportReference");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(score, "score");
        if (recommendedLimit != null && recommendedLimit.isNegative()) {
            throw new IllegalArgumentException("a recommended limit cannot be negative");
        }
        properties = VendorProperties.copy(properties);
    }
}
