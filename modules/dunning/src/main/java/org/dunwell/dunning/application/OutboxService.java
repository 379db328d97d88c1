package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.api.Outbox;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.dunning.domain.outbox.Backoff;
import org.dunwell.dunning.domain.outbox.MailTransport;
import org.dunwell.dunning.domain.outbox.OutboxStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;

/**
 * The outbox: lists, a manager's retry and cancel, and the sender's round. A round claims due messages (in a short
 * transaction of its own), sends each outside any transaction, then records it sent or failed with the next
 * attempt (in another): a message is handed to the mail server once per claim, and a claimed message is never sent
 * by a second server. Delivery and failure go to the customer's history.
 */
@ApplicationScoped
public class OutboxService implements Outbox {

    /** How long a claim holds: a sender that died lets its messages go after this. */
    static final java.time.Duration CLAIM = java.time.Duration.ofMinutes(5);
    private static final List<String> STATUSES = List.of("PENDING", "SENT", "FAILED", "CANCELLED");

    private OutboxSteps steps;
    private MailTransport transport;

    protected OutboxService() {
    }

    @Inject
    public OutboxService(OutboxSteps steps, MailTransport transport) {
        this.steps = steps;
        this.transport = transport;
    }

    @Override
    public Page<OutboxMessageView> list(String company, String status, PageRequest page) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw InvalidInputException.ofField("status", "must be one of " + STATUSES);
        }
        return steps.list(company, wanted, page);
    }

    @Override
    public OutboxMessageView get(String company, long id) {
        return steps.get(company, id);
    }

    @Override
    public OutboxMessageView retry(String company, long id, long expectedVersion, UserName actor) {
        return steps.reset(company, id, expectedVersion, "PENDING", "retried by " + actor.value(), null, actor);
    }

    @Override
    public OutboxMessageView cancel(String company, long id, long expectedVersion, String reason, UserName actor) {
        return steps.reset(company, id, expectedVersion, "CANCELLED", "cancelled by " + actor.value(),
                InputLimits.reason("reason", reason), actor);
    }

    @Override
    public long queueEmail(String company, String account, String kind, String recipient, String language,
                           String subject, String body, UserName by) {
        return steps.queue(company, account, kind, recipient, language, subject, body, by);
    }

    @Override
    public int deliverDue(Instant now, int limit, String sender) {
        List<OutboxMessageView> claimed = steps.claim(now, limit, sender, now.plus(CLAIM));
        int sent = 0;
        for (OutboxMessageView message : claimed) {
            MailTransport.Mail mail;
            try {
                mail = steps.mail(message);
            } catch (RuntimeException e) {
                steps.failed(message, sender, "could not prepare the email: " + e.getMessage(), null);
                continue;
            }
            try {
                transport.send(mail);
            } catch (MailTransport.MailFailure e) {
                Instant next = Backoff.next(now, message.attempts() + 1, MAX_ATTEMPTS);
                steps.failed(message, sender, e.getMessage(), next);
                continue;
            }
            steps.sent(message, sender, mail.messageId());
            sent++;
        }
        return sent;
    }

    /** The outbox's transactional steps. */
    @ApplicationScoped
    @Transactional
    public static class OutboxSteps {

        private OutboxStore store;
        private LetterService letters;
        private DunningLog log;
        private BusinessClock clock;

        protected OutboxSteps() {
        }

        @Inject
        public OutboxSteps(OutboxStore store, LetterService letters, DunningLog log, BusinessClock clock) {
            this.store = store;
            this.letters = letters;
            this.log = log;
            this.clock = clock;
        }

        public Page<OutboxMessageView> list(String company, String status, PageRequest page) {
            return store.list(company, status, page);
        }

        public OutboxMessageView get(String company, long id) {
            return store.get(company, id).orElseThrow(() -> new NotFoundException("outbox message", id));
        }

        public List<OutboxMessageView> claim(Instant now, int limit, String sender, Instant until) {
            return store.claimDue(now, limit, sender, until);
        }

        public long queue(String company, String account, String kind, String recipient, String language,
                          String subject, String body, UserName by) {
            return store.insert(new OutboxStore.NewMessage(company, account, null, kind, recipient, language,
                    subject, body, by.value(), clock.now()));
        }

        public MailTransport.Mail mail(OutboxMessageView message) {
            if (message.letter() == null) {
                return new MailTransport.Mail(message.recipient(), message.subject(), store.body(message.id()), null,
                        null, "<outbox-" + message.id() + "." + message.company() + "@dunwell>");
            }
            LetterView letter = letters.posted(message.company(), message.letter());
            byte[] pdf = letters.pdf(message.company(), message.letter());
            LetterLanguage language = LetterLanguage.of(message.language());
            String text = language.label("salutation") + "\n\n" + language.label("email").replace("{reference}",
                    letter.number()) + "\n\n" + language.label("closing") + "\n" + letters.companyName(
                    message.company());
            return new MailTransport.Mail(message.recipient(), message.subject(), text, letter.number() + ".pdf", pdf,
                    "<outbox-" + message.id() + "." + message.company() + "@dunwell>");
        }

        public void sent(OutboxMessageView message, String sender, String messageId) {
            if (store.sent(message.id(), sender, messageId, clock.now())) {
                log.customer(message.company(), message.account(), "email-sent", "email " + message.id(),
                        "to " + message.recipient() + ": " + message.subject(), null, UserName.SYSTEM);
            }
        }

        public void failed(OutboxMessageView message, String sender, String error, Instant next) {
            store.failed(message.id(), sender, error, next);
            log.customer(message.company(), message.account(), next == null ? "email-failed" : "email-retry",
                    "email " + message.id(), (next == null ? "failed for good: " : "retry at " + next + ": ")
                    + error, null, UserName.SYSTEM);
        }

        public OutboxMessageView reset(String company, long id, long expectedVersion, String status, String note,
                                       String why, UserName actor) {
            OutboxMessageView message = get(company, id);
            if (message.version() != expectedVersion) {
                throw new StaleVersionException("outbox message", id, expectedVersion, message.version());
            }
            if (!store.reset(id, expectedVersion, status, note, clock.now())) {
                throw new ConflictException("outbox message " + id + " is " + message.status()
                        + ": only a PENDING or FAILED message is retried or cancelled");
            }
            log.customer(company, message.account(), "email-" + status.toLowerCase(Locale.ROOT), "email " + id,
                    note, why, actor);
            return get(company, id);
        }
    }
}
