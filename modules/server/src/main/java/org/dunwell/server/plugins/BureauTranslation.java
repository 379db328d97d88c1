package org.dunwell.server.plugins;

import java.math.RoundingMode;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.kernel.api.Money;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.BureauScore;

/**
 * A bureau's report in Dunwell's terms: the score on 0–100 in whole points (half up), the bureau's own score as
 * text, a recommended limit rounded down to the currency's decimals (a limit is never rounded up).
 */
final class BureauTranslation {

    private BureauTranslation() {
    }

    static BureauFinding finding(BureauReport report) {
        BureauScore score = report.score();
        MonetaryAmount limit = report.recommendedLimit();
        return new BureauFinding(text(report.reportReference(), 100), report.reportDate(),
                text(report.bureauCompanyId(), 100), text(report.companyName(), 300),
                score.normalised().setScale(0, RoundingMode.HALF_UP).intValueExact(),
                score.value() + " (" + score.worst() + " worst, " + score.best() + " best)", text(report.rating(), 40),
                limit == null ? null : Money.rounded(limit.amount(), Money.currency(limit.currency()), RoundingMode.DOWN));
    }

    /** A text of the vendor's, refused when longer than Dunwell keeps. */
    private static String text(String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalStateException("the plugin answered a text of " + value.length() + " characters where "
                    + max + " are kept");
        }
        return value;
    }
}
