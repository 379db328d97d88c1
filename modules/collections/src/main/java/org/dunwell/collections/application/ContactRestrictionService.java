package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dunwell.collections.api.ContactPermission;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.collections.api.RestrictionView;
import org.dunwell.collections.domain.restriction.ContactRestriction;
import org.dunwell.collections.domain.restriction.RestrictionRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.DocumentView;

/** Do not contact, hardship and pauses: set and lifted within the caller's scope, each in the customer's history. */
@ApplicationScoped
@Transactional
public class ContactRestrictionService implements ContactRestrictions {

    private RestrictionRepository restrictions;
    private Visibility visibility;
    private CollectionsLog log;
    private BusinessClock clock;

    protected ContactRestrictionService() {
    }

    @Inject
    public ContactRestrictionService(RestrictionRepository restrictions, Visibility visibility, CollectionsLog log,
                                     BusinessClock clock) {
        this.restrictions = restrictions;
        this.visibility = visibility;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public RestrictionView restrict(String company, String account, String document, RestrictionKind kind,
                                    String reason, LocalDate from, LocalDate until, CustomerScope scope,
                                    UserName actor) {
        if (account == null || account.isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        CustomerView customer = visibility.customer(company, account, scope);
        String invoice = null;
        if (document != null && !document.isBlank()) {
            DocumentView found = visibility.document(company, document.strip(), scope);
            if (!found.account().equals(customer.account())) {
                throw InvalidInputException.ofField("document", found.document() + " is not one of customer "
                        + customer.account() + "'s documents");
            }
            invoice = found.document();
        }
        LocalDate today = clock.today();
        ContactRestriction restriction = new ContactRestriction(company, customer.account(), invoice, kind, reason,
                from, until, today, actor.value(), clock.now());
        restrictions.store(restriction);
        restrictions.flush();
        RestrictionView view = restriction.toView(today);
        log.record(company, customer.account(), "contact-restricted", "restriction " + view.id(), null,
                describe(view), view.reason(), actor);
        return view;
    }

    @Override
    public RestrictionView get(String company, long id, CustomerScope scope) {
        return find(company, id, scope).toView(clock.today());
    }

    @Override
    public Page<RestrictionView> list(String company, String account, boolean activeOnly, CustomerScope scope,
                                      PageRequest page) {
        page.requireSortAmong(List.of());
        LocalDate today = clock.today();
        String one = account == null || account.isBlank() ? null : visibility.customer(company, account, scope)
                .account();
        return restrictions.list(company, one, activeOnly ? today : null, scope, page).map(r -> r.toView(today));
    }

    @Override
    public RestrictionView lift(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                                UserName actor) {
        ContactRestriction restriction = find(company, id, scope);
        if (restriction.version() != expectedVersion) {
            throw new StaleVersionException("contact restriction", id, expectedVersion, restriction.version());
        }
        LocalDate today = clock.today();
        String before = describe(restriction.toView(today));
        restriction.lift(actor.value(), reason, clock.now());
        restrictions.flush();
        log.record(company, restriction.account(), "contact-restriction-lifted", "restriction " + id, before,
                "lifted", reason, actor);
        return restriction.toView(today);
    }

    @Override
    public ContactPermission permission(String company, String account, LocalDate day, CustomerScope scope) {
        if (account == null || account.isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        String customer = visibility.customer(company, account, scope).account();
        return permission(customer, restrictions.notLifted(company, customer), day);
    }

    @Override
    public Map<String, ContactPermission> permissions(String company, Collection<String> accounts, LocalDate day) {
        Map<String, List<ContactRestriction>> byAccount = new HashMap<>();
        restrictions.notLifted(company, accounts).forEach(r -> byAccount.computeIfAbsent(r.account(),
                k -> new ArrayList<>()).add(r));
        Map<String, ContactPermission> permissions = new HashMap<>();
        for (String account : accounts) {
            permissions.put(account, permission(account, byAccount.getOrDefault(account, List.of()), day));
        }
        return permissions;
    }

    private static ContactPermission permission(String account, List<ContactRestriction> notLifted, LocalDate day) {
        List<RestrictionView> inForce = notLifted.stream().filter(r -> r.activeOn(day)).map(r -> r.toView(day))
                .toList();
        boolean mayContact = inForce.stream().noneMatch(r -> r.document() == null);
        Set<String> paused = new TreeSet<>();
        inForce.stream().filter(r -> r.document() != null).forEach(r -> paused.add(r.document()));
        return new ContactPermission(account, mayContact, inForce, paused);
    }

    private ContactRestriction find(String company, long id, CustomerScope scope) {
        ContactRestriction found = restrictions.find(company, id)
                .orElseThrow(() -> new NotFoundException("contact restriction", id));
        return visibility.record(found, "contact restriction", id, company, List.of(found.account()), scope);
    }

    private static String describe(RestrictionView r) {
        return r.kind() + (r.document() == null ? "" : " of " + r.document()) + " from " + r.from()
                + (r.until() == null ? "" : " until " + r.until());
    }
}
