package org.dunwell.ai.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.dunwell.ai.api.DraftKind;
import org.dunwell.ai.api.DraftStatus;
import org.dunwell.ai.api.DraftView;
import org.dunwell.ai.api.Drafts;
import org.dunwell.ai.api.Verification;
import org.dunwell.ai.api.Violation;
import org.dunwell.ai.domain.DraftStore;
import org.dunwell.ai.domain.LanguageFormats;
import org.dunwell.ai.domain.WrittenText;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.api.CustomerFactsQuery;
import org.dunwell.dunning.api.Outbox;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/**
 * Reminder drafts and their workflow. A draft is written from the customer's facts as of today and kept with them;
 * every edit is verified against those facts; approval is the agent's own review and queues the email in the
 * outbox in the same transaction (the outbox sends it once). A text that fails the verifier is approved only with
 * every violation acknowledged, and the acknowledgement is kept. Nothing is sent to a customer marked do not contact
 * or in hardship (or paused), checked when the draft is written and again when it is approved.
 */
@ApplicationScoped
@Transactional
public class DraftService implements Drafts {

    private static final int MAX_SUBJECT = 300;
    private static final int MAX_BODY = 20_000;

    private CustomerFactsQuery facts;
    private GroundedWriter writer;
    private DraftStore store;
    private DraftWrites writes;
    private Outbox outbox;
    private AiLog log;
    private AiSettings settings;
    private BusinessClock clock;

    protected DraftService() {
    }

    @Inject
    public DraftService(CustomerFactsQuery facts, GroundedWriter writer, DraftStore store, DraftWrites writes,
                        Outbox outbox, AiLog log, AiSettings settings, BusinessClock clock) {
        this.facts = facts;
        this.writer = writer;
        this.store = store;
        this.writes = writes;
        this.outbox = outbox;
        this.log = log;
        this.settings = settings;
        this.clock = clock;
    }

    /** Not in a transaction: the facts are read in one, the model is asked outside any, the draft written in one. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DraftView create(String company, String account, DraftKind kind, String language, CustomerScope scope,
                            UserName actor) {
        if (kind == null) {
            throw InvalidInputException.ofField("kind", "is required: " + List.of(DraftKind.values()));
        }
        CustomerFacts f = facts.facts(company, account, clock.today(), settings.listSize(), scope);
        String chosen = LanguageFormats.chosen(language, f.language());
        String recipient = writes.recipient(company, account, scope);
        if (f.overdueInvoices().isEmpty()) {
            throw new ConflictException("customer " + account + " has no overdue invoice to remind of (disputed and"
                    + " promised ones are not asked for)");
        }
        GroundedWriter.Outcome outcome = writer.reminder(f, chosen);
        WrittenText text = outcome.text();
        return writes.created(new DraftStore.NewDraft(company, account, kind.name(), chosen, text.subject(),
                text.body(), outcome.source(), outcome.fallbackReason(), AiJson.write(outcome.verification()),
                outcome.provider(), outcome.model(), outcome.promptVersion(), AiJson.write(f), recipient, f.asOf(),
                actor.value(), clock.now()), outcome.source() + " " + chosen + (outcome.fallbackReason() == null ? ""
                : ": " + outcome.fallbackReason()), scope, actor);
    }

    @Override
    public DraftView get(String company, long id, CustomerScope scope) {
        return store.get(company, id, scope).orElseThrow(() -> new NotFoundException("draft", id));
    }

    @Override
    public Page<DraftView> list(String company, String account, DraftStatus status, CustomerScope scope,
                                PageRequest page) {
        return store.list(company, account, status, scope, page);
    }

    @Override
    public DraftView edit(String company, long id, long expectedVersion, String subject, String body,
                          CustomerScope scope, UserName actor) {
        DraftView draft = open(company, id, expectedVersion, scope);
        String newSubject = text("subject", subject == null ? draft.subject() : subject, MAX_SUBJECT);
        String newBody = text("body", body == null ? draft.body() : body, MAX_BODY);
        Verification verification = GroundedWriter.verify(new WrittenText(newSubject, newBody),
                AiJson.facts(store.facts(id)), draft.language());
        if (!store.edited(id, expectedVersion, newSubject, newBody, AiJson.write(verification), actor.value(),
                clock.now())) {
            throw stale(company, id, expectedVersion, scope);
        }
        log.customer(company, draft.account(), "draft-edited", "draft " + id, verification.passed() ? "passes the"
                + " verifier" : verification.violations().size() + " violations", null, actor);
        return get(company, id, scope);
    }

    @Override
    public DraftView approve(String company, long id, long expectedVersion, List<String> acknowledged,
                             CustomerScope scope, UserName actor) {
        DraftView draft = open(company, id, expectedVersion, scope);
        Verification verification = GroundedWriter.verify(new WrittenText(draft.subject(), draft.body()),
                AiJson.facts(store.facts(id)), draft.language());
        List<String> given = acknowledged == null ? List.of() : acknowledged;
        List<String> missing = new ArrayList<>();
        for (Violation violation : verification.violations()) {
            if (!given.contains(violation.text())) {
                missing.add(violation.text());
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.ofField("acknowledged", "the text states what the facts do not hold;"
                    + " acknowledge each violation to send it anyway: " + missing);
        }
        writes.refuseRestricted(company, draft.account());
        if (draft.recipient() == null) {
            throw new ConflictException("customer " + draft.account() + " has no email address to send to");
        }
        List<String> kept = verification.violations().stream().map(Violation::text).toList();
        long message = outbox.queueEmail(company, draft.account(), "REMINDER", draft.recipient(), draft.language(),
                draft.subject(), draft.body(), actor);
        if (!store.approved(id, expectedVersion, AiJson.write(verification), kept, message, actor.value(),
                clock.now())) {
            throw stale(company, id, expectedVersion, scope);
        }
        log.customer(company, draft.account(), "draft-approved", "draft " + id, "to " + draft.recipient()
                + " (email " + message + ")", kept.isEmpty() ? null : "acknowledged: " + kept, actor);
        return get(company, id, scope);
    }

    @Override
    public DraftView discard(String company, long id, long expectedVersion, String reason, CustomerScope scope,
                             UserName actor) {
        DraftView draft = open(company, id, expectedVersion, scope);
        String why = InputLimits.reason("reason", reason);
        if (!store.discarded(id, expectedVersion, why, actor.value(), clock.now())) {
            throw stale(company, id, expectedVersion, scope);
        }
        log.customer(company, draft.account(), "draft-discarded", "draft " + id, null, why, actor);
        return get(company, id, scope);
    }

    private DraftView open(String company, long id, long expectedVersion, CustomerScope scope) {
        DraftView draft = get(company, id, scope);
        if (draft.version() != expectedVersion) {
            throw new StaleVersionException("draft", id, expectedVersion, draft.version());
        }
        if (draft.status() != DraftStatus.DRAFT) {
            throw new ConflictException("draft " + id + " is " + draft.status() + ": only a DRAFT is edited, approved"
                    + " or discarded");
        }
        return draft;
    }

    private RuntimeException stale(String company, long id, long expectedVersion, CustomerScope scope) {
        DraftView now = get(company, id, scope);
        return now.status() != DraftStatus.DRAFT ? new ConflictException("draft " + id + " is " + now.status())
                : new StaleVersionException("draft", id, expectedVersion, now.version());
    }

    private static String text(String field, String value, int max) {
        if (value.isBlank()) {
            throw InvalidInputException.ofField(field, "must not be blank");
        }
        if (value.length() > max) {
            throw InvalidInputException.ofField(field, "must be at most " + max + " characters");
        }
        return value;
    }
}
