package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.collections.domain.activity.ActivityRepository;
import org.dunwell.collections.domain.cases.CaseFilter;
import org.dunwell.collections.domain.cases.CaseRepository;
import org.dunwell.collections.domain.cases.CollectionCase;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Documents;

/** Collection cases; every change goes to the case's own log and to the audit trail. */
@ApplicationScoped
@Transactional
public class CaseService implements Cases {

    private CaseRepository cases;
    private ActivityRepository activities;
    private Documents documents;
    private AuditTrail audit;
    private BusinessClock clock;

    protected CaseService() {
    }

    @Inject
    public CaseService(CaseRepository cases, ActivityRepository activities, Documents documents, AuditTrail audit,
                       BusinessClock clock) {
        this.cases = cases;
        this.activities = activities;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CaseView open(String company, String title, String category, String owner, String description,
                         List<String> documentNumbers, UserName actor) {
        String who = owner == null || owner.isBlank() ? actor.value() : UserName.of(owner.trim()).value();
        CollectionCase c = new CollectionCase(company, title, category, who, description, actor.value(), clock.now());
        c.add(transactions(company, documentNumbers), actor.value(), clock.now());
        cases.store(c);
        cases.flush();
        record(c, "opened", "status", null, "OPEN", title, actor);
        return view(c);
    }

    /** The documents as case transactions (each with its customer); an unknown document is invalid input. */
    List<CollectionCase.CaseTransaction> transactions(String company, List<String> numbers) {
        List<CollectionCase.CaseTransaction> out = new ArrayList<>();
        for (String number : new LinkedHashSet<>(numbers == null ? List.<String>of() : numbers)) {
            try {
                out.add(new CollectionCase.CaseTransaction(documents.get(company, number).account(), number));
            } catch (NotFoundException e) {
                throw InvalidInputException.ofField("documents", "unknown document '" + number + "'");
            }
        }
        return out;
    }

    /** The customers of documents, in order (for a visibility check before the case is touched). */
    public List<String> accountsOfDocuments(String company, List<String> numbers) {
        return transactions(company, numbers).stream().map(CollectionCase.CaseTransaction::account).distinct().toList();
    }

    @Override
    public CaseView get(String company, long id) {
        return view(find(company, id));
    }

    @Override
    public List<String> accountsOf(String company, long id) {
        return find(company, id).accounts();
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
                                    UserName actor) {
        CollectionCase c = find(company, id);
        requireVersion(c, expectedVersion);
        if (numbers == null || numbers.isEmpty()) {
            throw InvalidInputException.ofField("documents", "name at least one document");
        }
        c.add(transactions(company, numbers), actor.value(), clock.now());
        record(c, "transactions-added", "documents", null, String.join(",", numbers), null, actor);
        cases.flush();
        return view(c);
    }

    @Override
    public CaseView changeStatus(String company, long id, long expectedVersion, String status, String reason,
                                 UserName actor) {
        CollectionCase c = find(company, id);
        requireVersion(c, expectedVersion);
        String before = c.toView(List.of()).status();
        c.changeStatus(status, reason, actor.value(), clock.now());
        record(c, "status", "status", before, status, reason, actor);
        cases.flush();
        return view(c);
    }

    @Override
    public CaseView reassign(String company, long id, long expectedVersion, String owner, String reason,
                             UserName actor) {
        if (owner == null || owner.isBlank()) {
            throw InvalidInputException.ofField("owner", "is required");
        }
        CollectionCase c = find(company, id);
        requireVersion(c, expectedVersion);
        String before = c.toView(List.of()).owner();
        c.reassign(UserName.of(owner.trim()).value(), reason, actor.value(), clock.now());
        record(c, "reassigned", "owner", before, owner.trim(), reason, actor);
        cases.flush();
        return view(c);
    }

    @Override
    public CaseView note(String company, long id, String text, UserName actor) {
        CollectionCase c = find(company, id);
        c.note(text, actor.value(), clock.now());
        cases.flush();
        return view(c);
    }

    private CaseView view(CollectionCase c) {
        return c.toView(activities.idsOfCase(c.id()));
    }

    private CollectionCase find(String company, long id) {
        return cases.find(company, id).orElseThrow(() -> new NotFoundException("case", id));
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

}
