package org.dunwell.credit.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/** The scorecard: one customer on demand, all of them page by page (the batch job). */
public interface RiskScores {

    RiskScore score(String company, String account, LocalDate asOf, CustomerScope scope, UserName actor);

    /**
     * Scores the customers after {@code cursor} (null: from the start), at most {@code size}, in
     * a few set-based queries; answers the cursor of the next page, null after the last.
     */
    String scorePage(String company, String cursor, int size, LocalDate asOf);

    /** Stored scores, lowest first unless sorted otherwise. */
    Page<RiskScoreView> list(String company, String riskGroup, PageRequest page);
}
