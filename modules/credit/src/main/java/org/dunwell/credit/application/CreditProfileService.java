package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.InsuranceTerms;
import org.dunwell.credit.api.LimitGroupView;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.credit.domain.CreditInsurance;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.InsuranceSplit;
import org.dunwell.kernel.api.BusinessClock;
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

    private CreditRepository repository;
    private CreditPositions positions;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CreditProfileService() {
    }

    @Inject
    public CreditProfileService(CreditRepository repository, CreditPositions positions, AuditTrail audit, BusinessClock clock) {
        this.repository = repository;
        this.positions = positions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CreditProfileView profile(String company, String account, LocalDate asOf, CustomerScope scope) {
        return view(positions.of(company, account, asOf != null ? asOf : clock.today(), scope));
    }

    @Override
    public CreditProfileView update(String company, String account, long expectedVersion, ProfileChanges changes,
                                    CustomerScope scope, UserName actor, String reason) {
        CreditPosition before = positions.of(company, account, clock.today(), scope);
        CreditProfile profile = CreditDefaults.profile(repository, company, account);
        if (profile.version() != expectedVersion) {
            throw new StaleVersionException("credit profile", account, expectedVersion, profile.version());
        }
        requireReason(reason);
        Audit changed = new Audit(company, account, actor.value(), clock.now(), reason);
        if (changes.limitType() != null) {
            changed.field("changed", "limitType", profile.limitType(), changes.limitType());
            profile.setLimitType(changes.limitType());
        }
        if (changes.mandatoryLimit() != null) {
            changed.field("changed", "mandatoryLimit", profile.mandatoryLimit(), changes.mandatoryLimit());
            profile.setMandatoryLimit(changes.mandatoryLimit());
        }
        if (changes.limitGroup() != null) {
            String group = changes.limitGroup().isBlank() ? null : changes.limitGroup().trim();
            if (group != null) {
                CreditLimitGroup found = repository.findGroup(company, group).orElseThrow(() ->
                        InvalidInputException.ofField("limitGroup", "unknown limit group '" + group + "'"));
                if (!found.currency().getCurrencyCode().equals(before.figures().currency())) {
                    throw InvalidInputException.ofField("limitGroup", "the group's limit is in " + found.currency()
                            + ", the customer's currency is " + before.figures().currency());
                }
            }
            changed.field("changed", "limitGroup", profile.limitGroup(), group);
            profile.setLimitGroup(group);
        }
        if (changes.limitExpiresOn() != null) {
            LocalDate date = changes.limitExpiresOn().isBlank() ? null : date("limitExpiresOn",
                    changes.limitExpiresOn());
            changed.field("changed", "limitExpiresOn", profile.limitExpiresOn(), date);
            profile.setLimitExpiresOn(date);
        }
        if (changes.holdReason() != null) {
            String code = changes.holdReason().isBlank() ? null : changes.holdReason().trim();
            changed.field(code == null ? "hold released" : "held", "holdReason", profile.holdReason(), code);
            profile.hold(code, changes.holdNote());
        }
        if (changes.bureauScore() != null) {
            changed.field("changed", "bureauScore", profile.bureauScore(), changes.bureauScore());
            profile.setBureauScore(changes.bureauScore());
        }
        audit.recordAll(changed.entries());
        repository.flush();
        return view(positions.of(company, account, clock.today()));
    }

    @Override
    public CreditProfileView erpFigures(String company, String account, BigDecimal packingSlips,
                                        BigDecimal openOrders, CustomerScope scope, UserName actor) {
        CreditPosition before = positions.of(company, account, clock.today(), scope);
        if (packingSlips == null || openOrders == null) {
            throw InvalidInputException.ofField(packingSlips == null ? "packingSlips" : "openOrders", "is required");
        }
        var currency = before.figures().balance().currency();
        Money slips = Money.of(packingSlips, currency);
        Money orders = Money.of(openOrders, currency);
        CreditProfile profile = CreditDefaults.profile(repository, company, account);
        Audit changed = new Audit(company, account, actor.value(), clock.now(), "reported by the ERP");
        changed.field("changed", "packingSlips", before.packingSlips().toPlainString(), slips.toPlainString())
                .field("changed", "openOrders", before.openOrders().toPlainString(), orders.toPlainString());
        profile.erpFigures(slips.amount(), orders.amount(), clock.today());
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
    public LimitGroupView putGroup(String company, String name, Money limit, Long expectedVersion, UserName actor,
                                   String reason) {
        requireReason(reason);
        if (limit == null) {
            throw InvalidInputException.ofField("creditLimit", "is required");
        }
        CreditLimitGroup group = repository.findGroup(company, name).orElse(null);
        String before = null;
        if (group == null) {
            group = new CreditLimitGroup(company, name, limit);
            repository.store(group);
        } else {
            if (expectedVersion != null && group.version() != expectedVersion) {
                throw new StaleVersionException("limit group", name, expectedVersion, group.version());
            }
            before = group.limit().toPlainString() + " " + group.currency();
            group.setLimit(limit);
        }
        audit.record(new AuditEntry(company, "credit-limit-group", name, before == null ? "created" : "changed",
                "creditLimit", before, limit.toPlainString() + " " + limit.currency(), reason, actor.value(),
                clock.now()));
        repository.flush();
        return group(company, name, clock.today());
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
        positions.requireVisible(company, account, scope);
        return audit.history(company, AUDIT_SUBJECT, account, page);
    }

    private static CreditProfileView view(CreditPosition p) {
        ReceivableFigures f = p.figures();
        CreditProfile profile = p.profile();
        CreditProfileView.Exposure exposure = new CreditProfileView.Exposure(f.balance(), p.packingSlips(),
                p.openOrders(), p.ownExposure(), p.groupExposure(), p.line().checked() ? p.line().effectiveLimit()
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
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.ofField("reason", "is required, at most 500 characters");
        }
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.ofField(field, "must be a date YYYY-MM-DD");
        }
    }
}
