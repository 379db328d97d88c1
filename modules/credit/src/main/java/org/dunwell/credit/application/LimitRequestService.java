package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dunwell.credit.api.ApprovalRouting;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.CreditLimitRequests;
import org.dunwell.credit.api.LimitRequestView;
import org.dunwell.credit.domain.CreditLimitRequest;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Credit limit requests: routed by amount to a credit manager or a senior approver, decided once
 * by someone other than the requester; an approved request becomes part of the customer's limit
 * schedule from its first day (and, if temporary, until its last).
 */
@ApplicationScoped
@Transactional
public class LimitRequestService implements CreditLimitRequests {

    private static final List<String> STATUSES = List.of("PENDING", "APPROVED", "REJECTED", "EXPIRED");

    private CreditRepository repository;
    private CreditPositions positions;
    private ApprovalRouting routing;
    private AuditTrail audit;
    private BusinessClock clock;

    protected LimitRequestService() {
    }

    @Inject
    public LimitRequestService(CreditRepository repository, CreditPositions positions, ApprovalLevels routing,
                               AuditTrail audit, BusinessClock clock) {
        this.repository = repository;
        this.positions = positions;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public LimitRequestView request(String company, String account, Money limit, boolean temporary, LocalDate from,
                                    LocalDate to, String reason, CustomerScope scope, UserName actor) {
        LocalDate today = clock.today();
        CreditPosition position = positions.of(company, account, today, scope);
        if (limit == null) {
            throw InvalidInputException.ofField("requestedLimit", "is required");
        }
        if (!limit.currency().getCurrencyCode().equals(position.figures().currency())) {
            throw InvalidInputException.ofField("currency", "the limit must be in the customer's currency "
                    + position.figures().currency());
        }
        LocalDate start = from != null ? from : today;
        ApproverLevel level = routing.levelFor(company, limit, today);
        CreditLimitRequest request = new CreditLimitRequest(company, account, limit,
                position.schedule().limitOn(start), from, to, temporary, reason, level, actor.value(), clock.now(),
                today);
        repository.store(request);
        repository.flush();
        audit.recordAll(new Audit(company, account, actor.value(), clock.now(), reason)
                .field("limit requested", "creditLimitRequest", null, "#" + request.id() + " " + describe(request))
                .entries());
        return request.toView(today);
    }

    @Override
    public LimitRequestView get(String company, long id) {
        return find(company, id, false).toView(clock.today());
    }

    @Override
    public Page<LimitRequestView> list(String company, String account, String status, PageRequest page) {
        String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw InvalidInputException.ofField("status", "one of " + STATUSES);
        }
        LocalDate today = clock.today();
        // the EXPIRED status depends on the day, so the status filter runs over the company's requests
        List<LimitRequestView> all = repository.requests(company, account).stream().map(r -> r.toView(today))
                .filter(v -> wanted == null || v.status().equals(wanted)).toList();
        return Page.slice(all, page);
    }

    @Override
    public LimitRequestView approve(String company, long id, Long expectedVersion, String note, UserName actor,
                                    ApproverLevel level) {
        CreditLimitRequest request = find(company, id, true);
        requireVersion(request, expectedVersion);
        LocalDate today = clock.today();
        Money previous = positions.of(company, request.account(), today).schedule().limitOn(request.effectiveFrom());
        String before = previous == null ? null : previous.toString();
        request.approve(actor.value(), level, note, clock.now(), today);
        String why = "request #" + id + " by " + request.requestedBy() + ": " + request.reason()
                + (note == null || note.isBlank() ? "" : " (approved: " + note + ")");
        audit.recordAll(new Audit(company, request.account(), actor.value(), clock.now(), why)
                .field("limit approved", "creditLimit", before, describe(request)).entries());
        repository.flush();
        return request.toView(today);
    }

    @Override
    public LimitRequestView reject(String company, long id, Long expectedVersion, String note, UserName actor,
                                   ApproverLevel level) {
        CreditLimitRequest request = find(company, id, true);
        requireVersion(request, expectedVersion);
        LocalDate today = clock.today();
        request.reject(actor.value(), level, note, clock.now(), today);
        audit.recordAll(new Audit(company, request.account(), actor.value(), clock.now(), note)
                .field("limit rejected", "creditLimitRequest", "#" + id + " PENDING", "#" + id + " REJECTED")
                .entries());
        repository.flush();
        return request.toView(today);
    }

    private CreditLimitRequest find(String company, long id, boolean lock) {
        return repository.findRequest(company, id, lock).orElseThrow(() -> new NotFoundException("credit limit request", id));
    }

    private static void requireVersion(CreditLimitRequest request, Long expected) {
        if (expected != null && request.version() != expected) {
            throw new StaleVersionException("credit limit request", request.id(), expected, request.version());
        }
    }

    private static String describe(CreditLimitRequest r) {
        return r.requestedLimit() + (r.temporary() ? " from " + r.effectiveFrom() + " to " + r.effectiveTo()
                : " from " + r.effectiveFrom());
    }
}
