package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.RiskScore;
import org.dunwell.credit.api.RiskScoreView;
import org.dunwell.credit.api.RiskScores;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditLimitRequest;
import org.dunwell.credit.domain.CreditLine;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.LimitGrant;
import org.dunwell.credit.domain.LimitSchedule;
import org.dunwell.credit.domain.ScoreInputs;
import org.dunwell.credit.domain.Scorecard;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ReceivableFigureQueries;
import org.dunwell.ledger.api.ReceivableFigures;

/**
 * The risk scorecard. One customer on demand; all customers page by page, each page in a fixed
 * number of queries (the ledger's figures, the pages' profiles, their approved limits). A member
 * of a limit group is scored on its own exposure against the group's limit. A change of risk
 * group is audited.
 */
@ApplicationScoped
@Transactional
public class RiskScoreService implements RiskScores {

    /** Who the audit trail names for scores the batch job computes. */
    public static final String JOB_ACTOR = "risk-score-job";

    private CreditRepository repository;
    private CreditPositions positions;
    private ReceivableFigureQueries figures;
    private AuditTrail audit;
    private BusinessClock clock;

    protected RiskScoreService() {
    }

    @Inject
    public RiskScoreService(CreditRepository repository, CreditPositions positions, ReceivableFigureQueries figures,
                            AuditTrail audit, BusinessClock clock) {
        this.repository = repository;
        this.positions = positions;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RiskScore score(String company, String account, LocalDate asOf, CustomerScope scope, UserName actor) {
        LocalDate day = asOf != null ? asOf : clock.today();
        CreditPosition position = positions.of(company, account, day, scope);
        Scorecard card = CreditDefaults.settings(repository, company).scorecard();
        RiskScore score = card.score(account, inputs(day, position.figures(), position.profile(), position.line()));
        CreditProfile profile = CreditDefaults.profile(repository, company, account);
        List<AuditEntry> changes = new ArrayList<>();
        apply(profile, score, actor.value(), changes);
        audit.recordAll(changes);
        repository.flush();
        return score;
    }

    @Override
    public String scorePage(String company, String cursor, int size, LocalDate asOf) {
        ReceivableFigureQueries.FiguresPage page = figures.page(company, cursor, size, asOf);
        if (page.items().isEmpty()) {
            return null;
        }
        Scorecard card = CreditDefaults.settings(repository, company).scorecard();
        List<String> accounts = page.items().stream().map(ReceivableFigures::account).toList();
        Map<String, CreditProfile> profiles = new HashMap<>();
        repository.findProfiles(company, accounts).forEach(p -> profiles.put(p.account(), p));
        Map<String, List<LimitGrant>> grants = new HashMap<>();
        for (CreditLimitRequest r : repository.approvedRequestsFor(company, accounts)) {
            grants.computeIfAbsent(r.account(), a -> new ArrayList<>()).add(r.grant());
        }
        Map<String, CreditLimitGroup> groups = new HashMap<>();
        Map<String, Money> approved = positions.approvedOrders(company,
                page.items().stream().map(ReceivableFigures::account).toList(), asOf);
        List<AuditEntry> changes = new ArrayList<>();
        for (ReceivableFigures f : page.items()) {
            CreditProfile profile = profiles.get(f.account());
            Money limit = new LimitSchedule(f.initialCreditLimit(), grants.getOrDefault(f.account(), List.of()))
                    .limitOn(asOf);
            if (profile != null && profile.limitGroup() != null) {
                CreditLimitGroup group = groups.computeIfAbsent(profile.limitGroup(),
                        name -> repository.findGroup(company, name).orElse(null));
                limit = group == null ? limit : group.limit();
            }
            CreditLine line = CreditPosition.line(profile, limit, CreditPosition.exposureOf(f, profile,
                    approved.get(f.account())));
            RiskScore score = card.score(f.account(), inputs(asOf, f, profile, line));
            if (profile == null) {
                profile = new CreditProfile(company, f.account());
                repository.store(profile);
            }
            apply(profile, score, JOB_ACTOR, changes);
        }
        audit.recordAll(changes);
        repository.flushAndRelease();
        return page.next();
    }

    private void apply(CreditProfile profile, RiskScore score, String actor, List<AuditEntry> changes) {
        if (!Objects.equals(profile.riskGroup(), score.riskGroup())) {
            changes.add(new AuditEntry(profile.company(), CreditProfiles.AUDIT_SUBJECT,
                    profile.account(), "scored", "riskGroup", profile.riskGroup(), score.riskGroup(),
                    "risk score " + score.score() + " " + score.components(), actor, clock.now()));
        }
        profile.scored(score.score(), score.riskGroup(), score.asOf());
    }

    private static ScoreInputs inputs(LocalDate asOf, ReceivableFigures f, CreditProfile profile, CreditLine line) {
        return new ScoreInputs(asOf, f.history().averageDaysPastDue(), line, f.balance(), f.overdue(),
                f.customerSince(), profile == null ? null : profile.bureauScore());
    }

    @Override
    public Page<RiskScoreView> list(String company, String riskGroup, PageRequest page) {
        return repository.scoredProfiles(company, riskGroup, page).map(p -> new RiskScoreView(p.account(),
                p.riskScore(), p.riskGroup(), p.riskScoredOn(), p.bureauScore()));
    }
}
