package org.dunwell.integrations.api;

import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Credit bureau reports on customers, through the company's enabled bureau plugin. A report feeds the scorecard
 * (the customer's bureau score, through the credit profile's rules: a higher score waits for a second person) and
 * proposes the bureau's recommended limit as a limit request made by the user who asked for the report, never as a
 * direct change.
 */
public interface BureauReports {

    /** The subject type of bureau reports in the audit trail (key: the account). */
    String AUDIT_SUBJECT = "bureau-report";

    BureauReportView request(String company, String account, BureauReportRequest request, CustomerScope scope,
                             UserName actor);

    /** The customer's reports, newest first. */
    Page<BureauReportView> reports(String company, String account, CustomerScope scope, PageRequest page);
}
