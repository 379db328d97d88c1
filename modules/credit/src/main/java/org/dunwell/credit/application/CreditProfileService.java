package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.InsuranceTerms;
import org.dunwell.credit.api.LimitGroupView;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.credit.domain.CreditInsurance;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.FieldChanges;
import org.dunwell.credit.domain.Loosening;
import org.dunwell.credit.domain.OrderCreditCheck;
import org.dunwell.credit.domain.InsuranceSplit;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ReceivableFigures;

/** Credit profiles, insurance and limit groups. */
@ApplicationScoped
@Transactional
public class CreditProfileService implements CreditProfiles {

    /** The audit subject of limit groups (key: the group's name). */
    static final String GROUP_SUBJECT = "credit-limit-group";

    private CreditRepository repository;
    private CreditPositions positions;
    private CreditChangeService requests;
    private ApprovalLevels routing;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CreditProfileService() {
    }

    @Inject
    public CreditProfileService(CreditRepository repository, CreditPositions positions, CreditChangeService requests,
                                ApprovalLevels routing, AuditTrail audit, BusinessClock clock) {
        this.repository = repository;
        this.positions = positions;
        this.requests = requests;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CreditProfileView profile(String company, String account, LocalDate asOf, CustomerScope scope) {
        return view(positions.of(company, account, asOf != null ? asOf : clock.today(), scope));
    }

    @Override
    public Changed<CreditProfileView> update(String company, String account, long expectedVersion,
                                             ProfileChanges changes, CustomerScope scope, UserName actor,
                                             String reason) {
        CreditPosition before = positions.of(company, account, clock.today(), scope);
        CreditProfile profile = CreditDefaults.profile(repository, company, account);
        if (profile.version() != expectedVersion) {
            throw new StaleVersionException("credit profile", account, expectedVersion, profile.version());
        }
        requireReason(reason);
        String currency = before.figures().currency();
        ProfileEditor editor = new ProfileEditor(repository);
        LocalDate expires = changes.limitExpiresOn() == null || changes.limitExpiresOn().isBlank() ? null
                : date("limitExpiresOn", changes.limitExpiresOn());
        Loosening.ProfileSplit split = Loosening.split(profile, changes, expires);
        CreditChangeView pending = null;
        if (split.waits()) {
            editor.validate(company, split.approval(), currency);
            pending = changes(company, account, profile, split.approval(), reason, actor);
        }
        Audit changed = new Audit(company, account, actor.value(), clock.now(), reason);
        editor.apply(company, profile, split.now(), currency, changed);
        audit.recordAll(changed.entries());
        repository.flush();
        return new Changed<>(view(positions.of(company, account, clock.today())), pending);
    }

    /** Asks for the changes that loosen; joining a group is routed by the group's limit, the rest to a credit manager. */
    private CreditChangeView changes(String company, String account, CreditProfile profile, ProfileChanges loose,
                                     String reason, UserName actor) {
        FieldChanges fields = ProfileEditor.fields(profile, loose);
        ApproverLevel level = ApproverLevel.CREDIT_MANAGER;
        String group = loose.limitGroup() == null || loose.limitGroup().isBlank() ? null : loose.limitGroup().trim();
        if (group != null) {
            CreditLimitGroup joined = repository.findGroup(company, group).orElseThrow();
            level = routing.levelFor(company, joined.limit(), clock.today());
        }
        return requests.ask(company, CreditChangeView.Subject.CUSTOMER_CREDIT, account, CreditChangeView.Action.CHANGE,
                fields, null, reason, level, actor);
    }

    @Override
    public boolean liftSystemHold(String company, String account, String reasonCode, String reason, UserName actor) {
        requireReason(reason);
        CreditProfile profile = repository.findProfile(company, account).orElse(null);
        if (profile == null || reasonCode == null || !reasonCode.equals(profile.holdReason())) {
            return false;
        }
        Audit changed = new Audit(company, account, actor.value(), clock.now(), reason);
        changed.field("changed", "holdReason", profile.holdReason(), null);
        profile.hold(null, null);
        audit.recordAll(changed.entries());
        repository.flush();
        return true;
    }

    @Override
    public CreditProfileView erpFigures(String company, String account, BigDecimal packingSlips,
                                        BigDecimal openOrders, List<String> orderReferences, CustomerScope scope,
                                        UserName actor) {
        CreditPosition before = positions.of(company, account, clock.today(), scope);
        if (packingSlips == null || openOrders == null) {
            throw InvalidInputException.ofField(packingSlips == null ? "packingSlips" : "openOrders", "is required");
        }
        var currency = before.figures().balance().currency();
        Money slips = Money.of(packingSlips, currency);
        Money orders = Money.of(openOrders, currency);
        List<String> references = orderReferences;
        CreditProfile profile = CreditDefaults.profile(repository, company, account);
        Audit changed = new Audit(company, account, actor.value(), clock.now(), "reported by the ERP");
        changed.field("changed", "packingSlips", before.packingSlips().toPlainString(), slips.toPlainString())
                .field("changed", "openOrders", before.openOrders().toPlainString(), orders.toPlainString());
        profile.erpFigures(slips.amount(), orders.amount(), clock.today());
        if (references != null && !references.isEmpty()) {
            // the orders the ERP's open-order total includes no longer count on top of it
            List<String> named = references.stream().filter(r -> r != null && !r.isBlank()).map(String::strip)
                    .distinct().toList();
            for (OrderCreditCheck check : repository.checksOfOrders(company, account, named)) {
                check.reportedByErp(clock.today());
            }
            changed.field("changed", "reportedOrders", null, String.join(",", named));
        }
        audit.recordAll(changed.entries());
        repository.flush();
        return view(positions.of(company, account, clock.today()));
    }

    @Override
    public CreditProfileView.Insurance putInsurance(String company, String account, Long expectedVersion,
                                                    InsuranceTerms terms, CustomerScope scope, UserName actor,
                                                    String reason) {
        CreditPosition position = positions.of(company, account, clock.today(), scope);
        requireReason(reason);
        if (terms.insuredLimit() != null
                && !terms.insuredLimit().currency().getCurrencyCode().equals(position.figures().currency())) {
            throw InvalidInputException.ofField("currency", "the insured limit must be in the customer's currency "
                    + position.figures().currency());
        }
        CreditInsurance insurance = position.insurance();
        String before = insurance == null ? null : describe(insurance);
        if (insurance == null) {
            insurance = new CreditInsurance(company, account);
        } else if (expectedVersion != null && insurance.version() != expectedVersion) {
            throw new StaleVersionException("credit insurance", account, expectedVersion, insurance.version());
        }
        insurance.terms(terms.insurer(), terms.policy(), terms.insuredLimit(), terms.coveragePercent(),
                terms.validFrom(), terms.validTo());
        if (before == null) {
            repository.store(insurance);
        }
        audit.recordAll(new Audit(company, account, actor.value(), clock.now(), reason)
                .field("insured", "insurance", before, describe(insurance)).entries());
        repository.flush();
        return view(positions.of(company, account, clock.today())).insurance();
    }

    @Override
    public void removeInsurance(String company, String account, CustomerScope scope, UserName actor, String reason) {
        CreditPosition position = positions.of(company, account, clock.today(), scope);
        requireReason(reason);
        if (position.insurance() == null) {
            throw new NotFoundException("insurance of customer", account);
        }
        audit.recordAll(new Audit(company, account, actor.value(), clock.now(), reason)
                .field("insurance removed", "insurance", describe(position.insurance()), null).entries());
        repository.remove(position.insurance());
        repository.flush();
    }

    @Override
    public Changed<LimitGroupView> putGroup(String company, String name, Money limit, Long expectedVersion,
                                            UserName actor, String reason) {
        requireReason(reason);
        if (limit == null) {
            throw InvalidInputException.ofField("creditLimit", "is required");
        }
        CreditLimitGroup group = repository.findGroup(company, name).orElse(null);
        if (group == null) {
            // a new group has no members: its limit gives no one room until a customer joins (which waits)
            group = new CreditLimitGroup(company, name, limit);
            repository.store(group);
            audit.record(new AuditEntry(company, GROUP_SUBJECT, name, "created", "creditLimit", null,
                    limit.toPlainString() + " " + limit.currency(), reason, actor.value(), clock.now()));
            repository.flush();
            return Changed.now(group(company, name, clock.today()));
        }
        if (expectedVersion != null && group.version() != expectedVersion) {
            throw new StaleVersionException("limit group", name, expectedVersion, group.version());
        }
        if (!group.currency().equals(limit.currency())) {
            throw InvalidInputException.ofField("currency", "the group's limit is in " + group.currency());
        }
        if (Loosening.ofGroupLimit(group.limit(), limit)) {
            CreditChangeView pending = requests.ask(company, CreditChangeView.Subject.LIMIT_GROUP, name,
                    CreditChangeView.Action.CHANGE, new FieldChanges().change("creditLimit",
                            group.limit().amount().toPlainString(), limit.amount().toPlainString()), null, reason,
                    routing.levelFor(company, limit, clock.today()), actor);
            return new Changed<>(group(company, name, clock.today()), pending);
        }
        String before = group.limit().toPlainString() + " " + group.currency();
        group.setLimit(limit);
        audit.record(new AuditEntry(company, GROUP_SUBJECT, name, "changed", "creditLimit", before,
                limit.toPlainString() + " " + limit.currency(), reason, actor.value(), clock.now()));
        repository.flush();
        return Changed.now(group(company, name, clock.today()));
    }

    @Override
    public LimitGroupView group(String company, String name, LocalDate asOf) {
        CreditLimitGroup group = repository.findGroup(company, name).orElseThrow(() -> new NotFoundException("limit group",
                name));
        return groupView(company, group, asOf != null ? asOf : clock.today());
    }

    @Override
    public List<LimitGroupView> groups(String company, LocalDate asOf) {
        List<LimitGroupView> views = new ArrayList<>();
        for (CreditLimitGroup group : repository.groups(company)) {
            views.add(groupView(company, group, asOf != null ? asOf : clock.today()));
        }
        return views;
    }

    private LimitGroupView groupView(String company, CreditLimitGroup group, LocalDate asOf) {
        Money exposure = positions.groupExposure(company, group, asOf);
        return new LimitGroupView(company, group.name(), group.currency().getCurrencyCode(), group.limit(),
                repository.membersOf(company, group.name()).stream().map(CreditProfile::account).toList(), exposure,
                group.limit().minus(exposure), group.version());
    }

    @Override
    public Page<AuditEntry> history(String company, String account, CustomerScope scope, PageRequest page) {
        // the audit trail alone would answer an unknown customer with an empty history
        positions.requireKnown(company, account, scope);
        return audit.history(company, AUDIT_SUBJECT, account, page);
    }

    private static CreditProfileView view(CreditPosition p) {
        ReceivableFigures f = p.figures();
        CreditProfile profile = p.profile();
        CreditProfileView.Exposure exposure = new CreditProfileView.Exposure(f.balance(), p.packingSlips(),
                p.openOrders(), p.approvedOrders(), p.ownExposure(), p.groupExposure(), p.line().checked() ? p.line().effectiveLimit()
                : null, p.line().available(), p.line().checked());
        CreditProfileView.Insurance insurance = null;
        if (p.insurance() != null) {
            CreditInsurance i = p.insurance();
            boolean valid = i.validOn(p.asOf());
            InsuranceSplit split = InsuranceSplit.of(p.ownExposure(), i.insuredLimit(), i.coveragePercent(), valid);
            insurance = new CreditProfileView.Insurance(i.insurer(), i.policy(), i.insuredLimit(), i.coveragePercent(),
                    i.validFrom(), i.validTo(), valid, split.insured(), split.covered(), split.uninsured(), i.version());
        }
        return new CreditProfileView(f.company(), f.account(), f.currency(), p.asOf(), p.limitType(), p.mandatory(),
                p.ownLimit(), p.schedule().permanentOn(p.asOf()), profile == null ? null : profile.limitExpiresOn(),
                profile == null ? null : profile.limitGroup(), profile == null ? null : profile.holdReason(),
                profile == null ? null : profile.holdNote(), exposure, insurance,
                profile == null ? null : profile.riskScore(), profile == null ? null : profile.riskGroup(),
                profile == null ? null : profile.riskScoredOn(), profile == null ? null : profile.bureauScore(),
                f.overdue(), f.oldestOverdueDays(), f.history(), profile == null ? null : profile.erpFiguresOn(),
                profile == null ? 0 : profile.version());
    }

    private static String describe(CreditInsurance i) {
        return i.insurer() + " " + i.policy() + " " + i.insuredLimit().toPlainString() + " "
                + i.insuredLimit().currency() + " at " + i.coveragePercent().stripTrailingZeros().toPlainString()
                + " % from " + i.validFrom() + " to " + i.validTo();
    }

    static void requireReason(String reason) {
        InputLimits.reason("reason", reason);
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.ofField(field, "must be a date YYYY-MM-DD");
        }
    }
}
