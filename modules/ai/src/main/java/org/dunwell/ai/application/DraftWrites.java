package org.dunwell.ai.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.dunwell.ai.api.DraftView;
import org.dunwell.ai.domain.DraftStore;
import org.dunwell.collections.api.ContactPermission;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Customers;

/**
 * What a new draft reads and writes in transactions of their own (the model is asked between them, outside any
 * transaction, so that a slow model holds no database connection): whether the customer may be written to and where
 * to; then the draft, its history entry, and the draft as stored.
 */
@ApplicationScoped
@Transactional
public class DraftWrites {

    private DraftStore store;
    private AiLog log;
    private Customers customers;
    private ContactRestrictions restrictions;
    private BusinessClock clock;

    protected DraftWrites() {
    }

    @Inject
    public DraftWrites(DraftStore store, AiLog log, Customers customers, ContactRestrictions restrictions,
                       BusinessClock clock) {
        this.store = store;
        this.log = log;
        this.customers = customers;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    /** The address reminders to the customer go to (null: none); a customer not to be contacted now is refused. */
    public String recipient(String company, String account, CustomerScope scope) {
        String email = customers.get(company, account, scope).reminderRecipient().email();
        refuseRestricted(company, account);
        return email;
    }

    public DraftView created(DraftStore.NewDraft draft, String note, CustomerScope scope, UserName actor) {
        long id = store.insert(draft);
        log.customer(draft.company(), draft.account(), "draft-created", "draft " + id, note, null, actor);
        return store.get(draft.company(), id, scope).orElseThrow(() -> new NotFoundException("draft", id));
    }

    /** 409 when the customer is marked do not contact, in hardship or paused today. */
    public void refuseRestricted(String company, String account) {
        Map<String, ContactPermission> permissions = restrictions.permissions(company, List.of(account),
                clock.today());
        ContactPermission permission = permissions.get(account);
        if (permission != null && !permission.mayContact()) {
            throw new ConflictException("customer " + account + " is not to be contacted now ("
                    + permission.restrictions().stream().filter(r -> r.document() == null)
                    .map(r -> r.kind().name()).distinct().toList() + "): no reminder is sent");
        }
    }
}
