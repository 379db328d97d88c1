package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dunwell.credit.api.Approval;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditChanges;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.domain.CreditChangeRequest;
import org.dunwell.credit.domain.CreditLimitGroup;
import org.dunwell.credit.domain.CreditProfile;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.domain.CreditRule;
import org.dunwell.credit.domain.CreditSettings;
import org.dunwell.credit.domain.FieldChanges;
import org.dunwell.credit.domain.Scorecard;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;

/**
 * Changes that raise headroom: asked by the credit services, decided here by someone else, and applied on
 * approval to the subject they name. Every step is in the audit trail under the subject.
 */
@ApplicationScoped
@Transactional
public class CreditChangeService implements CreditChanges {

    /** The audit subject of the change requests themselves (key: the request id). */
    static final String AUDIT_SUBJECT = "credit-change";

    private CreditRepository repository;
    private CreditPositions positions;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CreditChangeService() {
    }

    @Inject
    public CreditChangeService(CreditRepository repository, CreditPositions positions, AuditTrail audit,
                               BusinessClock clock) {
        this.repository = repository;
        this.positions = positions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps a change that waits for a second person, and records that it was asked. */
    CreditChangeView ask(String company, CreditChangeView.Subject subject, String key, CreditChangeView.Action action,
                         FieldChanges fields, Long subjectVersion, String reason, ApproverLevel level, UserName actor) {
        CreditChangeRequest request = new CreditChangeRequest(company, subject, key, action, fields, subjectVersion,
                reason, level, actor.value(), clock.now());
        repository.store(request);
        repository.flush();
        audit.record(new AuditEntry(company, AUDIT_SUBJECT, Long.toString(request.id()), "asked", "status", null,
                "PENDING " + subject + " " + key + " " + describe(request), reason, actor.value(), clock.now()));
        return request.toView();
    }

    @Override
    public Page<CreditChangeView> list(String company, String status, PageRequest page) {
        Approval.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = Approval.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.ofField("status", "one of " + Arrays.toString(Approval.Status.values()));
            }
        }
        Page<CreditChangeRequest> found = repository.changes(company, wanted, page);
        return Page.of(found.items().stream().map(CreditChangeRequest::toView).toList(), page, found.total());
    }

    @Override
    public CreditChangeView get(String company, long id) {
        return find(company, id, false).toView();
    }

    @Override
    public CreditChangeView approve(String company, long id, Long expectedVersion, String note, UserName actor,
                                    ApproverLevel level) {
        CreditChangeRequest request = find(company, id, true);
        requireVersion(request, expectedVersion);
        request.approve(actor.value(), level, note, clock.now());
        String why = "change #" + id + " by " + request.requestedBy() + ": " + request.reason()
                + (note == null || note.isBlank() ? "" : " (approved: " + note.strip() + ")");
        apply(request, actor, why);
        audit.record(new AuditEntry(company, AUDIT_SUBJECT, Long.toString(id), "approved", "status", "PENDING",
                "APPROVED", why, actor.value(), clock.now()));
        repository.flush();
        return request.toView();
    }

    @Override
    public CreditChangeView reject(String company, long id, Long expectedVersion, String note, UserName actor,
                                   ApproverLevel level) {
        CreditChangeRequest request = find(company, id, true);
        requireVersion(request, expectedVersion);
        request.reject(actor.value(), level, note, clock.now());
        audit.record(new AuditEntry(company, AUDIT_SUBJECT, Long.toString(id), "rejected", "status", "PENDING",
                "REJECTED", note, actor.value(), clock.now()));
        repository.flush();
        return request.toView();
    }

    private void apply(CreditChangeRequest request, UserName actor, String why) {
        String company = request.company();
        FieldChanges fields = request.changes();
        switch (request.subject()) {
            case CUSTOMER_CREDIT -> {
                CreditProfile profile = CreditDefaults.profile(repository, company, request.subjectKey());
                Audit changed = new Audit(company, request.subjectKey(), actor.value(), clock.now(), why);
                String currency = positions.of(company, request.subjectKey(), clock.today()).figures().currency();
                new ProfileEditor(repository).apply(company, profile, ProfileEditor.approved(profile, fields,
                        request.id()), currency, changed);
                audit.recordAll(changed.entries());
            }
            case LIMIT_GROUP -> {
                CreditLimitGroup group = repository.findGroup(company, request.subjectKey()).orElseThrow(() ->
                        new ConflictException("limit group " + request.subjectKey() + " is gone"));
                CreditChangeView.Field limit = fields.field("creditLimit").orElseThrow();
                String now = group.limit().amount().toPlainString();
                if (!now.equals(limit.from())) {
                    throw new ConflictException("credit change " + request.id() + ": the group's limit is " + now
                            + " now, not " + limit.from() + " as when it was asked; ask again");
                }
                group.setLimit(Money.of(limit.to(), group.currency().getCurrencyCode()));
                audit.record(new AuditEntry(company, CreditProfileService.GROUP_SUBJECT, group.name(), "changed",
                        "creditLimit", limit.from() + " " + group.currency(), limit.to() + " " + group.currency(),
                        why, actor.value(), clock.now()));
            }
            case CREDIT_RULE -> {
                CreditRule rule = repository.findRule(company, Long.parseLong(request.subjectKey())).orElseThrow(() ->
                        new ConflictException("credit rule " + request.subjectKey() + " is gone"));
                requireSubjectVersion(request, rule.version());
                String before = rule.toView().toString();
                if (request.action() == CreditChangeView.Action.DELETE) {
                    repository.remove(rule);
                } else {
                    rule.define(decimal(fields, "threshold", rule.toView().threshold()),
                            groups(fields, rule.toView().riskGroups()),
                            fields.field("result").map(f -> CreditCheckDecision.valueOf(f.to()))
                                    .orElse(rule.toView().result()),
                            fields.field("active").map(f -> Boolean.valueOf(f.to())).orElse(rule.active()));
                }
                CreditRuleService.record(audit, company, rule, request.action() == CreditChangeView.Action.DELETE
                        ? "deleted" : "changed", before, why, actor, clock.now());
            }
            case CREDIT_SETTINGS -> {
                CreditSettings settings = CreditDefaults.settings(repository, company);
                requireSubjectVersion(request, settings.version());
                Scorecard c = settings.scorecard();
                String before = CreditRuleService.view(settings).toString();
                settings.setApprovalThreshold(decimal(fields, "approvalThreshold", settings.approvalThreshold()));
                settings.scorecard(new Scorecard(integer(fields, "paymentWeight", c.paymentWeight()),
                        integer(fields, "exposureWeight", c.exposureWeight()),
                        integer(fields, "relationshipWeight", c.relationshipWeight()),
                        integer(fields, "overdueWeight", c.overdueWeight()),
                        integer(fields, "bureauWeight", c.bureauWeight()), integer(fields, "bandA", c.bandA()),
                        integer(fields, "bandB", c.bandB()), integer(fields, "bandC", c.bandC()),
                        integer(fields, "bandD", c.bandD())));
                settings.setApprovedOrderDays(integer(fields, "approvedOrderDays", settings.approvedOrderDays()));
                repository.flush();
                audit.record(new AuditEntry(company, CreditRuleService.SETTINGS, company, "changed", "settings",
                        before, CreditRuleService.view(settings).toString(), why, actor.value(), clock.now()));
            }
        }
    }

    private static void requireSubjectVersion(CreditChangeRequest request, long now) {
        if (request.subjectVersion() != null && request.subjectVersion() != now) {
            throw new ConflictException("credit change " + request.id() + ": the " + request.subject().name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + " changed after it was asked; ask again");
        }
    }

    private static BigDecimal decimal(FieldChanges fields, String name, BigDecimal otherwise) {
        return fields.field(name).map(f -> f.to() == null ? null : new BigDecimal(f.to())).orElse(otherwise);
    }

    private static int integer(FieldChanges fields, String name, int otherwise) {
        return fields.field(name).map(f -> Integer.parseInt(f.to())).orElse(otherwise);
    }

    private static List<String> groups(FieldChanges fields, List<String> otherwise) {
        return fields.field("riskGroups").map(f -> f.to() == null || f.to().isEmpty() ? List.<String>of()
                : Arrays.asList(f.to().split(","))).orElse(otherwise);
    }

    private static String describe(CreditChangeRequest request) {
        if (request.action() == CreditChangeView.Action.DELETE) {
            return "delete";
        }
        StringBuilder text = new StringBuilder();
        for (CreditChangeView.Field f : request.changes().fields()) {
            text.append(text.length() == 0 ? "" : "; ").append(f.name()).append(' ').append(f.from())
                    .append(" → ").append(f.to());
        }
        return text.toString();
    }

    private CreditChangeRequest find(String company, long id, boolean lock) {
        return repository.findChange(company, id, lock).orElseThrow(() -> new NotFoundException("credit change", id));
    }

    private static void requireVersion(CreditChangeRequest request, Long expected) {
        if (expected != null && request.version() != expected) {
            throw new StaleVersionException("credit change", request.id(), expected, request.version());
        }
    }
}
