package org.dunwell.integrations.domain;

import java.time.Instant;
import java.util.Optional;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauReportView;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/** Where bureau reports are kept, with what they led to. */
public interface BureauReportStore {

    long insert(NewReport report);

    Page<BureauReportView> list(String company, String account, PageRequest page);

    Optional<BureauReportView> latest(String company, String account);

    /** A report to keep: {@code finding} null when the bureau knew no such company. */
    record NewReport(String company, String account, String plugin, String registrationNumber, String country,
                     BureauFinding finding, String scoreChange, Long creditChange, Long limitRequest, String limitProposal,
                     String requestedBy, Instant requestedAt) {
    }
}
