package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.CreditRuleView;
import org.dunwell.credit.api.CreditRules;
import org.dunwell.credit.api.CreditSettingsView;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.CreditRule;
import org.dunwell.credit.domain.CreditSettings;
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

    private static final String RULE = "credit-rule";
    private static final String SETTINGS = "credit-settings";

    private CreditRepository repository;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CreditRuleService() {
    }

    @Inject
    public CreditRuleService(CreditRepository repository, AuditTrail audit, BusinessClock clock) {
        this.repository = repository;
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
        record(company, rule, "created", null, actor);
        return rule.toView();
    }

    @Override
    public CreditRuleView update(String company, long id, long expectedVersion, BigDecimal threshold,
                                 List<String> riskGroups, CreditCheckDecision result, boolean active, UserName actor) {
        CreditRule rule = find(company, id);
        if (rule.version() != expectedVersion) {
            throw new StaleVersionException("credit rule", id, expectedVersion, rule.version());
        }
        String before = rule.toView().toString();
        rule.define(threshold, riskGroups, result, active);
        repository.flush();
        record(company, rule, "changed", before, actor);
        return rule.toView();
    }

    @Override
    public void delete(String company, long id, UserName actor) {
        CreditRule rule = find(company, id);
        record(company, rule, "deleted", rule.toView().toString(), actor);
        repository.remove(rule);
        repository.flush();
    }

    private void record(String company, CreditRule rule, String action, String before, UserName actor) {
        // rules are company-wide: their subject key is the rule id
        audit.record(new AuditEntry(company, RULE, Long.toString(rule.id()), action, "rule", before,
                "deleted".equals(action) ? null : rule.toView().toString(), null, actor.value(), clock.now()));
    }

    private CreditRule find(String company, long id) {
        return repository.findRule(company, id).orElseThrow(() -> new NotFoundException("credit rule", id));
    }

    @Override
    public CreditSettingsView settings(String company) {
        return view(CreditDefaults.settings(repository, company));
    }

    @Override
    public CreditSettingsView updateSettings(String company, long expectedVersion, CreditSettingsView changes,
                                             UserName actor) {
        CreditSettings settings = CreditDefaults.settings(repository, company);
        if (settings.version() != expectedVersion) {
            throw new StaleVersionException("credit settings", company, expectedVersion, settings.version());
        }
        CreditSettingsView before = view(settings);
        settings.setApprovalThreshold(changes.approvalThreshold());
        settings.scorecard(new Scorecard(changes.paymentWeight(), changes.exposureWeight(),
                changes.relationshipWeight(), changes.overdueWeight(), changes.bureauWeight(), changes.bandA(),
                changes.bandB(), changes.bandC(), changes.bandD()));
        repository.flush();
        CreditSettingsView after = view(settings);
        audit.record(new AuditEntry(company, SETTINGS, company, "changed", "settings", before.toString(),
                after.toString(), null, actor.value(), clock.now()));
        return after;
    }

    private static CreditSettingsView view(CreditSettings s) {
        Scorecard c = s.scorecard();
        return new CreditSettingsView(s.company(), s.approvalThreshold().stripTrailingZeros(), c.paymentWeight(),
                c.exposureWeight(), c.relationshipWeight(), c.overdueWeight(), c.bureauWeight(), c.bandA(), c.bandB(),
                c.bandC(), c.bandD(), s.version());
    }
}
