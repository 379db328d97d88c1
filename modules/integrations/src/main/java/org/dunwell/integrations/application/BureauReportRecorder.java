package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditLimitRequests;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.LimitRequestView;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.credit.api.RiskScores;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauReportView;
import org.dunwell.integrations.api.BureauReports;
import org.dunwell.integrations.domain.BureauReportStore;
import org.dunwell.integrations.domain.LimitProposal;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;

/**
 * Records a bureau report and, in the same transaction, what it leads to: the bureau score through the credit
 * profile's rules (a higher score waits for a second person, a lower one applies and the customer is scored again)
 * and the recommended limit as the asking user's limit request.
 */
@ApplicationScoped
@Transactional
public class BureauReportRecorder {

    private BureauReportStore store;
    private CreditProfiles profiles;
    private CreditLimitRequests limitRequests;
    private RiskScores scores;
    private AuditTrail audit;
    private BusinessClock clock;

    protected BureauReportRecorder() {
    }

    @Inject
    public BureauReportRecorder(BureauReportStore store, CreditProfiles profiles, CreditLimitRequests limitRequests,
                                RiskScores scores, AuditTrail audit, BusinessClock clock) {
        this.store = store;
        this.profiles = profiles;
        this.limitRequests = limitRequests;
        this.scores = scores;
        this.audit = audit;
        this.clock = clock;
    }

    public BureauReportView record(CustomerView customer, String plugin, String registration, String country,
                                   BureauFinding finding, CustomerScope scope, UserName actor) {
        String company = customer.company();
        String account = customer.account();
        Instant at = clock.now();
        String scoreChange = "NONE";
        Long creditChange = null;
        Long request = null;
        String why = "the bureau knows no such company";
        if (finding != null) {
            String source = "bureau report " + finding.reportReference() + " (" + plugin + ")";
            CreditProfileView profile = profiles.profile(company, account, clock.today(), scope);
            Changed<CreditProfileView> scored = score(profile, finding, source, scope, actor);
            scoreChange = scored == null ? "UNCHANGED" : scored.waiting() ? "PENDING" : "APPLIED";
            creditChange = scored != null && scored.waiting() ? scored.pending().id() : null;
            Long pending = limitRequests.list(company, account, "PENDING", PageRequest.first(1)).items().stream()
                    .map(LimitRequestView::id).findFirst().orElse(null);
            LimitProposal proposal = LimitProposal.of(finding.recommendedLimit(), customer.currency(),
                    profile.permanentLimit(), pending);
            why = proposal.reasonForNone();
            if (proposal.proposes()) {
                request = limitRequests.request(company, account, proposal.limit(), false, clock.today(), null,
                        "the limit recommended by " + source, scope, actor).id();
            }
        }
        audit.record(new AuditEntry(company, BureauReports.AUDIT_SUBJECT, account, "received", "report", null,
                finding == null ? "(not found)" : finding.reportReference(), "asked " + plugin + " about "
                        + customer.name() + " (" + country + (registration == null ? "" : ", " + registration) + ")",
                actor.value(), at));
        long id = store.insert(new BureauReportStore.NewReport(company, account, plugin, registration, country,
                finding, scoreChange, creditChange, request, why, actor.value(), at));
        return new BureauReportView(id, company, account, plugin, registration, country, finding != null,
                finding == null ? null : finding.reportReference(), finding == null ? null : finding.reportDate(),
                finding == null ? null : finding.bureauCompanyId(), finding == null ? null : finding.companyName(),
                finding == null ? null : finding.score(), finding == null ? null : finding.bureauScore(),
                finding == null ? null : finding.rating(), finding == null ? null : finding.recommendedLimit(),
                scoreChange, creditChange, request, why, actor.value(), at);
    }

    /** The change of the profile's bureau score; null when the score is the same. */
    private Changed<CreditProfileView> score(CreditProfileView profile, BureauFinding finding, String source,
                                             CustomerScope scope, UserName actor) {
        if (Objects.equals(profile.bureauScore(), finding.score())) {
            return null;
        }
        Changed<CreditProfileView> changed = profiles.update(profile.company(), profile.account(), profile.version(),
                new ProfileChanges(null, null, null, null, null, null, finding.score()), scope, actor, source);
        if (!changed.waiting()) {
            scores.score(profile.company(), profile.account(), clock.today(), scope, actor);
        }
        return changed;
    }
}
