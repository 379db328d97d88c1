package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.dunwell.collections.api.CaseCategoryView;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.collections.domain.activity.ActivityRepository;
import org.dunwell.collections.domain.cases.CaseCategory;
import org.dunwell.collections.domain.cases.CaseFilter;
import org.dunwell.collections.domain.cases.CaseRepository;
import org.dunwell.collections.domain.cases.CollectionCase;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;

/** Collection cases; every change goes to the case's own log and to the audit trail. */
@ApplicationScoped
@Transactional
public class CaseService implements Cases {

    private CaseRepository cases;
    private ActivityRepository activities;
    private Visibility visibility;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CaseService() {
    }

    @Inject
    public CaseService(CaseRepository cases, ActivityRepository activities, Visibility visibility, AuditTrail audit,
                       BusinessClock clock) {
        this.cases = cases;
        this.activities = activities;
        this.visibility = visibility;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CaseView open(String company, String title, String category, String owner, String description,
                         List<String> documentNumbers, CustomerScope scope, UserName actor) {
        List<CollectionCase.CaseTransaction> transactions = transactions(company, documentNumbers, scope);
        String who = owner == null || owner.isBlank() ? actor.value() : UserName.of(owner.trim()).value();
        CollectionCase c = new CollectionCase(company, title, category, who, description, actor.value(), clock.now());
        c.add(transactions, actor.value(), clock.now());
        cases.store(c);
        cases.flush();
        record(c, "opened", "status", null, "OPEN", title, actor);
        return view(c);
    }

    /** The documents as case transactions (each with its customer); one the scope does not see is not found. */
    private List<CollectionCase.CaseTransaction> transactions(String company, List<String> numbers,
                                                              CustomerScope scope) {
        List<CollectionCase.CaseTransaction> out = new ArrayList<>();
        for (String number : new LinkedHashSet<>(numbers == null ? List.<String>of() : numbers)) {
            out.add(new CollectionCase.CaseTransaction(visibility.document(company, number, scope).account(), number));
        }
        return out;
    }

    @Override
    public CaseView get(String company, long id, CustomerScope scope) {
        return view(find(company, id, scope));
    }

    @Override
    public Page<CaseView> list(String company, String status, String owner, String account, CustomerScope scope,
                               PageRequest page) {
        if (status != null && !STATUSES.contains(status)) {
            throw InvalidInputException.ofField("status", "must be one of " + STATUSES);
        }
        return cases.list(new CaseFilter(company, status, owner, account), scope, page).map(this::view);
    }

    @Override
    public CaseView addTransactions(String company, long id, long expectedVersion, List<String> numbers,
                                    CustomerScope scope, UserName actor) {
        CollectionCase c = find(company, id, scope);
        requireVersion(c, expectedVersion);
        if (numbers == null || numbers.isEmpty()) {
            throw InvalidInputException.ofField("documents", "name at least one document");
        }
        c.add(transactions(company, numbers, scope), actor.value(), clock.now());
        record(c, "transactions-added", "documents", null, String.join(",", numbers), null, actor);
        cases.flush();
        return view(c);
    }

    @Override
    public CaseView changeStatus(String company, long id, long expectedVersion, String status, String reason,
                                 CustomerScope scope, UserName actor) {
        CollectionCase c = find(company, id, scope);
        requireVersion(c, expectedVersion);
        String before = c.toView(List.of()).status();
        c.changeStatus(status, reason, actor.value(), clock.now());
        record(c, "status", "status", before, status, reason, actor);
        cases.flush();
        return view(c);
    }

    @Override
    public CaseView reassign(String company, long id, long expectedVersion, String owner, String reason,
                             CustomerScope scope, UserName actor) {
        if (owner == null || owner.isBlank()) {
            throw InvalidInputException.ofField("owner", "is required");
        }
        CollectionCase c = find(company, id, scope);
        requireVersion(c, expectedVersion);
        String before = c.toView(List.of()).owner();
        c.reassign(UserName.of(owner.trim()).value(), reason, actor.value(), clock.now());
        record(c, "reassigned", "owner", before, owner.trim(), reason, actor);
        cases.flush();
        return view(c);
    }

    @Override
    public CaseView note(String company, long id, String text, CustomerScope scope, UserName actor) {
        CollectionCase c = find(company, id, scope);
        c.note(text, actor.value(), clock.now());
        cases.flush();
        return view(c);
    }

    private CaseView view(CollectionCase c) {
        return c.toView(activities.idsOfCase(c.id()));
    }

    /** A case is seen when every one of its customers is. */
    private CollectionCase find(String company, long id, CustomerScope scope) {
        CollectionCase found = cases.find(company, id).orElseThrow(() -> new NotFoundException("case", id));
        return visibility.record(found, "case", id, company, found.accounts(), scope);
    }

    private static void requireVersion(CollectionCase c, long expected) {
        if (c.version() != expected) {
            throw new StaleVersionException("case", c.id(), expected, c.version());
        }
    }

    private void record(CollectionCase c, String action, String field, String before, String after, String why,
                        UserName actor) {
        audit.record(new AuditEntry(c.company(), "case", c.id().toString(), action, field, before, after, why,
                actor.value(), clock.now()));
    }


    @Override
    public CaseCategoryView putCategory(String company, String code, String description, boolean excludesDunning,
                                        Long expectedVersion, String reason, UserName actor) {
        String key = InputLimits.key("code", code, InputLimits.KEY_MAX_LENGTH);
        String why = InputLimits.reason("reason", reason);
        String text = description == null ? null : InputLimits.text("description", description.strip(), 200);
        CaseCategory category = cases.category(company, key).orElse(null);
        String before = null;
        if (category == null) {
            if (expectedVersion != null) {
                throw new NotFoundException("case category", key);
            }
            category = new CaseCategory(company, key, actor.value(), clock.now());
            category.define(text, excludesDunning);
            cases.store(category);
        } else {
            if (expectedVersion == null || category.version() != expectedVersion) {
                throw new StaleVersionException("case category", key, expectedVersion == null ? -1 : expectedVersion,
                        category.version());
            }
            before = "excludesDunning " + category.toView().excludesDunning();
            category.define(text, excludesDunning);
        }
        cases.flush();
        audit.record(new AuditEntry(company, "case-category", key, before == null ? "created" : "changed",
                "excludesDunning", before, "excludesDunning " + excludesDunning, why, actor.value(), clock.now()));
        return category.toView();
    }

    @Override
    public List<CaseCategoryView> categories(String company) {
        return cases.categories(company).stream().map(CaseCategory::toView).toList();
    }

    @Override
    public Set<String> heldFromDunning(String company, Collection<String> accounts) {
        return accounts.isEmpty() ? Set.of() : cases.heldFromDunning(company, accounts);
    }
}
