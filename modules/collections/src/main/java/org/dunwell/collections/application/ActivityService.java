package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dunwell.collections.api.Activities;
import org.dunwell.collections.api.ActivityDraft;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.collections.api.UserDirectory;
import org.dunwell.collections.domain.activity.ActivityFilter;
import org.dunwell.collections.domain.activity.ActivityRepository;
import org.dunwell.collections.domain.activity.CollectionActivity;
import org.dunwell.collections.domain.cases.CaseRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentView;

/** Activities: created on a customer (its documents and case checked), closed, reassigned, followed up. */
@ApplicationScoped
@Transactional
public class ActivityService implements Activities {

    private ActivityRepository activities;
    private CaseRepository cases;
    private Visibility visibility;
    private PoolsAndAging pools;
    private UserDirectory users;
    private AuditTrail audit;
    private BusinessClock clock;

    protected ActivityService() {
    }

    @Inject
    public ActivityService(ActivityRepository activities, CaseRepository cases, Visibility visibility,
                           PoolsAndAging pools, UserDirectory users, AuditTrail audit, BusinessClock clock) {
        this.activities = activities;
        this.cases = cases;
        this.visibility = visibility;
        this.pools = pools;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ActivityView create(String company, ActivityDraft draft, CustomerScope scope, UserName actor) {
        return persist(company, draft, null, scope, actor).toView();
    }

    private CollectionActivity persist(String company, ActivityDraft draft, Long follows, CustomerScope scope,
                                       UserName actor) {
        visibility.customer(company, draft.account(), scope);
        for (String document : new LinkedHashSet<>(draft.documents())) {
            DocumentView found = visibility.document(company, document, scope);
            if (!found.account().equals(draft.account())) {
                throw InvalidInputException.ofField("documents", "document '" + document
                        + "' is not one of customer " + draft.account() + "'s");
            }
        }
        if (draft.caseId() != null && cases.find(company, draft.caseId())
                .filter(c -> visibility.sees(company, c.accounts(), scope)).isEmpty()) {
            throw InvalidInputException.ofField("caseId", "unknown case " + draft.caseId());
        }
        String responsible = draft.responsible() == null || draft.responsible().isBlank() ? actor.value()
                : UserName.of(draft.responsible().trim()).value();
        ActivityDraft unique = new ActivityDraft(draft.account(), draft.type(), draft.purpose(), draft.notes(),
                responsible, draft.start(), draft.end(), draft.reminderOn(), draft.caseId(),
                List.copyOf(new LinkedHashSet<>(draft.documents())));
        CollectionActivity activity = new CollectionActivity(company, unique, responsible, follows, actor.value(),
                clock.now());
        activities.store(activity);
        activities.flush();
        record(activity, follows == null ? "created" : "followed-up", "status", null, CollectionActivity.OPEN,
                follows == null ? draft.purpose() : "follows activity " + follows, actor);
        return activity;
    }

    @Override
    public ActivityView get(String company, long id, CustomerScope scope) {
        return find(company, id, scope).toView();
    }

    @Override
    public Page<ActivityView> list(String company, String responsible, String status, String account, Long caseId,
                                   CustomerScope scope, PageRequest page) {
        page.requireSortAmong(List.of("end"));
        if (status != null && !Set.of(CollectionActivity.OPEN, CollectionActivity.CLOSED).contains(status)) {
            throw InvalidInputException.ofField("status", "must be OPEN or CLOSED");
        }
        boolean newestFirst = page.sort().map(s -> !s.ascending()).orElse(false);
        return activities.list(new ActivityFilter(company, responsible, status, account, caseId, newestFirst), scope,
                page).map(CollectionActivity::toView);
    }

    @Override
    public ActivityView close(String company, long id, long expectedVersion, String note, CustomerScope scope,
                              UserName actor) {
        CollectionActivity activity = find(company, id, scope);
        requireVersion(activity, expectedVersion);
        activity.close(note, actor.value(), clock.now());
        record(activity, "closed", "status", CollectionActivity.OPEN, CollectionActivity.CLOSED, note, actor);
        activities.flush();
        return activity.toView();
    }

    @Override
    public List<ActivityView> closeAll(String company, List<Long> ids, String note, CustomerScope scope,
                                       UserName actor) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.ofField("ids", "name at least one activity");
        }
        List<CollectionActivity> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            CollectionActivity activity = activities.findForUpdate(company, id)
                    .orElseThrow(() -> new NotFoundException("activity", id));
            found.add(visibility.record(activity, "activity", id, company, List.of(activity.account()), scope));
        }
        List<ActivityView> closed = new ArrayList<>();
        for (CollectionActivity activity : found) {
            activity.close(note, actor.value(), clock.now());
            record(activity, "closed", "status", CollectionActivity.OPEN, CollectionActivity.CLOSED, note, actor);
        }
        activities.flush();
        found.forEach(a -> closed.add(a.toView()));
        return closed;
    }

    @Override
    public ActivityView reassign(String company, long id, long expectedVersion, String responsible, String reason,
                                 CustomerScope scope, UserName actor) {
        if (responsible == null || responsible.isBlank()) {
            throw InvalidInputException.ofField("responsible", "is required");
        }
        InputLimits.reason("reason", reason);
        UserName target = UserName.of(responsible.trim());
        String to = target.value();
        CollectionActivity activity = find(company, id, scope);
        requireVersion(activity, expectedVersion);
        requireSees(company, target, activity.account());
        String before = activity.responsible();
        activity.reassign(to);
        record(activity, "reassigned", "responsible", before, to, reason, actor);
        activities.flush();
        return activity.toView();
    }

    /** 422 unless {@code user} sees the customer: an agent whose pools hold it, or a user who sees everyone. */
    private void requireSees(String company, UserName user, String account) {
        boolean seesAll = users.seesAllCustomers(user);
        CustomerScope theirs = pools.scopeOf(user, seesAll);
        if (!seesAll && pools.agent(user).companies().isEmpty() && !users.exists(user)) {
            throw new RuleViolationException("unknown-user", "'" + user.value() + "' is not a user of this server");
        }
        if (!visibility.sees(company, List.of(account), theirs)) {
            throw new RuleViolationException("cannot-see-customer", "'" + user.value() + "' cannot see customer "
                    + account + ": hand it to an agent whose pools hold the customer, or to a manager");
        }
    }

    @Override
    public ActivityView followUp(String company, long id, ActivityDraft draft, CustomerScope scope, UserName actor) {
        CollectionActivity old = find(company, id, scope);
        ActivityDraft onSameCustomer = new ActivityDraft(old.account(), draft.type(), draft.purpose(), draft.notes(),
                draft.responsible() != null ? draft.responsible() : old.responsible(), draft.start(), draft.end(),
                draft.reminderOn(), draft.caseId() != null ? draft.caseId() : old.toView().caseId(),
                draft.documents());
        return persist(company, onSameCustomer, old.id(), scope, actor).toView();
    }

    private CollectionActivity find(String company, long id, CustomerScope scope) {
        CollectionActivity found = activities.find(company, id).orElseThrow(() -> new NotFoundException("activity", id));
        return visibility.record(found, "activity", id, company, List.of(found.account()), scope);
    }

    private static void requireVersion(CollectionActivity activity, long expected) {
        if (activity.version() != expected) {
            throw new StaleVersionException("activity", activity.id(), expected, activity.version());
        }
    }

    private void record(CollectionActivity a, String action, String field, String before, String after, String why,
                        UserName actor) {
        audit.record(new AuditEntry(a.company(), AUDIT_SUBJECT, a.id().toString(), action, field, before, after, why,
                actor.value(), clock.now()));
    }
}
