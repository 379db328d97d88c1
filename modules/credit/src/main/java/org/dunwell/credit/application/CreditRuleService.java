package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.CreditRuleView;
import org.dunwell.credit.api.CreditRules;
import org.dunwell.credit.api.CreditSettingsView;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.CreditRule;
import org.dunwell.credit.domain.CreditSettings;
import org.dunwell.credit.domain.FieldChanges;
import org.dunwell.credit.domain.Loosening;
import org.dunwell.credit.domain.RuleSpec;
import org.dunwell.credit.domain.Scorecard;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;

/** A company's blocking rules and credit settings; every change audited. */
@ApplicationScoped
@Transactional
public class CreditRuleService implements CreditRules {

    static final String RULE = "credit-rule";
    static final String SETTINGS = "credit-settings";

    private CreditRepository repository;
    private CreditChangeService requests;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CreditRuleService() {
    }

    @Inject
    public CreditRuleService(CreditRepository repository, CreditChangeService requests, AuditTrail audit,
                             BusinessClock clock) {
        this.repository = repository;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<CreditRuleView> rules(String company) {
        return CreditDefaults.rules(repository, company).stream().map(CreditRule::toView).toList();
    }

    @Override
    public CreditRuleView create(String company, CreditRuleType type, BigDecimal threshold, List<String> riskGroups,
                                 CreditCheckDecision result, boolean active, UserName actor) {
        if (type == null) {
            throw InvalidInputException.ofField("type", "is required: one of " + List.of(CreditRuleType.values()));
        }
        CreditDefaults.settings(repository, company);
        CreditRule rule = new CreditRule(company, type);
        rule.define(threshold, riskGroups, result, active);
        repository.store(rule);
        repository.flush();
        record(audit, company, rule, "created", null, null, actor, clock.now());
        return rule.toView();
    }

    @Override
    public Changed<CreditRuleView> update(String company, long id, long expectedVersion, BigDecimal threshold,
                                          List<String> riskGroups, CreditCheckDecision result, boolean active,
                                          String reason, UserName actor) {
        CreditRule rule = find(company, id);
        if (rule.version() != expectedVersion) {
            throw new StaleVersionException("credit rule", id, expectedVersion, rule.version());
        }
        CreditProfileService.requireReason(reason);
        CreditRuleView before = rule.toView();
        CreditRule proposed = new CreditRule(company, before.type());
        proposed.define(threshold, riskGroups, result, active);
        if (Loosening.ofRule(rule.spec(), rule.active(), proposed.spec(), active)) {
            RuleSpec after = proposed.spec();
            FieldChanges fields = new FieldChanges()
                    .change("threshold", plain(before.threshold()), plain(after.threshold()))
                    .change("riskGroups", String.join(",", new TreeSet<>(before.riskGroups())),
                            String.join(",", new TreeSet<>(after.riskGroups())))
                    .change("result", before.result(), after.result())
                    .change("active", before.active(), active);
            return new Changed<>(before, requests.ask(company, CreditChangeView.Subject.CREDIT_RULE,
                    Long.toString(id), CreditChangeView.Action.CHANGE, fields, rule.version(), reason,
                    ApproverLevel.SENIOR_APPROVER, actor));
        }
        rule.define(threshold, riskGroups, result, active);
        repository.flush();
        record(audit, company, rule, "changed", before.toString(), reason, actor, clock.now());
        return Changed.now(rule.toView());
    }

    @Override
    public Changed<CreditRuleView> delete(String company, long id, long expectedVersion, String reason,
                                          UserName actor) {
        CreditRule rule = find(company, id);
        if (rule.version() != expectedVersion) {
            throw new StaleVersionException("credit rule", id, expectedVersion, rule.version());
        }
        CreditProfileService.requireReason(reason);
        if (Loosening.ofRuleRemoval(rule.active())) {
            return new Changed<>(rule.toView(), requests.ask(company, CreditChangeView.Subject.CREDIT_RULE,
                    Long.toString(id), CreditChangeView.Action.DELETE, new FieldChanges().change("rule",
                            rule.toView().toString(), null), rule.version(), reason, ApproverLevel.SENIOR_APPROVER,
                    actor));
        }
        record(audit, company, rule, "deleted", rule.toView().toString(), reason, actor, clock.now());
        repository.remove(rule);
        repository.flush();
        return Changed.now(null);
    }

    /** Records a rule's creation, change or deletion; rules are company-wide: their subject key is the rule id. */
    static void record(AuditTrail audit, String company, CreditRule rule, String action, String before,
                       String reason, UserName actor, Instant at) {
        audit.record(new AuditEntry(company, RULE, Long.toString(rule.id()), action, "rule", before,
                "deleted".equals(action) ? null : rule.toView().toString(), reason, actor.value(), at));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private CreditRule find(String company, long id) {
        return repository.findRule(company, id).orElseThrow(() -> new NotFoundException("credit rule", id));
    }

    @Override
    public CreditSettingsView settings(String company) {
        return view(CreditDefaults.settings(repository, company));
    }

    @Override
    public Changed<CreditSettingsView> updateSettings(String company, long expectedVersion,
                                                      CreditSettingsView changes, String reason, UserName actor) {
        CreditSettings settings = CreditDefaults.settings(repository, company);
        if (settings.version() != expectedVersion) {
            throw new StaleVersionException("credit settings", company, expectedVersion, settings.version());
        }
        CreditProfileService.requireReason(reason);
        if (changes.approvalThreshold() == null || changes.approvalThreshold().signum() < 0) {
            throw InvalidInputException.ofField("approvalThreshold", "is required and must not be negative");
        }
        CreditSettingsView before = view(settings);
        Scorecard card = new Scorecard(changes.paymentWeight(), changes.exposureWeight(),
                changes.relationshipWeight(), changes.overdueWeight(), changes.bureauWeight(), changes.bandA(),
                changes.bandB(), changes.bandC(), changes.bandD());
        int days = changes.approvedOrderDays() > 0 ? changes.approvedOrderDays() : settings.approvedOrderDays();
        if (days < 1 || days > 365) {
            throw InvalidInputException.ofField("approvedOrderDays", "must be 1 to 365");
        }
        if (Loosening.ofSettings(settings.approvalThreshold(), settings.scorecard(), changes.approvalThreshold(), card)
                || days < settings.approvedOrderDays()) {
            Scorecard now = settings.scorecard();
            FieldChanges fields = new FieldChanges()
                    .change("approvalThreshold", plain(before.approvalThreshold()),
                            plain(changes.approvalThreshold().stripTrailingZeros()))
                    .change("paymentWeight", now.paymentWeight(), card.paymentWeight())
                    .change("exposureWeight", now.exposureWeight(), card.exposureWeight())
                    .change("relationshipWeight", now.relationshipWeight(), card.relationshipWeight())
                    .change("overdueWeight", now.overdueWeight(), card.overdueWeight())
                    .change("bureauWeight", now.bureauWeight(), card.bureauWeight())
                    .change("bandA", now.bandA(), card.bandA()).change("bandB", now.bandB(), card.bandB())
                    .change("bandC", now.bandC(), card.bandC()).change("bandD", now.bandD(), card.bandD())
                    .change("approvedOrderDays", settings.approvedOrderDays(), days);
            return new Changed<>(before, requests.ask(company, CreditChangeView.Subject.CREDIT_SETTINGS, company,
                    CreditChangeView.Action.CHANGE, fields, settings.version(), reason, ApproverLevel.SENIOR_APPROVER,
                    actor));
        }
        settings.setApprovalThreshold(changes.approvalThreshold());
        settings.scorecard(card);
        settings.setApprovedOrderDays(days);
        repository.flush();
        CreditSettingsView after = view(settings);
        audit.record(new AuditEntry(company, SETTINGS, company, "changed", "settings", before.toString(),
                after.toString(), reason, actor.value(), clock.now()));
        return Changed.now(after);
    }

    static CreditSettingsView view(CreditSettings s) {
        Scorecard c = s.scorecard();
        return new CreditSettingsView(s.company(), s.approvalThreshold().stripTrailingZeros(), c.paymentWeight(),
                c.exposureWeight(), c.relationshipWeight(), c.overdueWeight(), c.bureauWeight(), c.bandA(), c.bandB(),
                c.bandC(), c.bandD(), s.approvedOrderDays(), s.version());
    }
}
