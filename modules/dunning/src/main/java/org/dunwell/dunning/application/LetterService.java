package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.api.Letters;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.dunning.domain.letter.DocumentRenderer;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.dunning.domain.outbox.OutboxStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.ReminderRecipient;

/** Posted letters: read within the caller's scope, rendered as PDF from what was posted, reprinted, resent. */
@ApplicationScoped
@Transactional
public class LetterService implements Letters {

    private LetterStore letters;
    private OutboxStore outbox;
    private DocumentRenderer renderer;
    private Companies companies;
    private Customers customers;
    private AccountQueries accounts;
    private ContactRestrictions restrictions;
    private DunningLog log;
    private BusinessClock clock;

    protected LetterService() {
    }

    @Inject
    public LetterService(LetterStore letters, OutboxStore outbox, DocumentRenderer renderer, Companies companies,
                         Customers customers, AccountQueries accounts, ContactRestrictions restrictions,
                         DunningLog log, BusinessClock clock) {
        this.letters = letters;
        this.outbox = outbox;
        this.renderer = renderer;
        this.companies = companies;
        this.customers = customers;
        this.accounts = accounts;
        this.restrictions = restrictions;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public LetterView get(String company, long id, CustomerScope scope) {
        LetterView letter = letters.letter(company, id).orElseThrow(() -> new NotFoundException("letter", id));
        try {
            customers.get(company, letter.account(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("letter", id);
        }
        return letter;
    }

    @Override
    public Page<LetterView> list(String company, String account, CustomerScope scope, PageRequest page) {
        String one = account == null ? null : customers.get(company, account, scope).account();
        return letters.letters(company, one, scope, page);
    }

    @Override
    public List<LetterView> handoverLetters(String company, long afterId, int limit) {
        return letters.handoverLetters(company, afterId, Math.max(1, Math.min(limit, PageRequest.MAX_SIZE)));
    }

    @Override
    public byte[] pdf(String company, long id, boolean reprint, CustomerScope scope, UserName actor) {
        LetterView letter = get(company, id, scope);
        byte[] pdf = renderer.pdf("letter", LetterDocuments.letter(letter, companyName(company)));
        if (reprint) {
            letters.printed(id);
            log.customer(company, letter.account(), "letter-reprinted", "letter " + letter.number(),
                    "reprint " + (letter.printed() + 1), null, actor);
        }
        return pdf;
    }

    /** A letter for the outbox's sender, whoever asks (the system sends it). */
    public LetterView posted(String company, long id) {
        return letters.letter(company, id).orElseThrow(() -> new NotFoundException("letter", id));
    }

    /** The PDF of a letter for the outbox's sender. */
    public byte[] pdf(String company, long id) {
        return renderer.pdf("letter", LetterDocuments.letter(posted(company, id), companyName(company)));
    }

    @Override
    public byte[] statementPdf(String company, String account, LocalDate asOf, CustomerScope scope) {
        CustomerView customer = customers.get(company, account, scope);
        LocalDate day = asOf == null ? clock.today() : InputLimits.day("asOf", asOf);
        ReminderRecipient recipient = customer.reminderRecipient();
        return renderer.pdf("statement", LetterDocuments.statement(accounts.statement(company, customer.account(),
                day), recipient.language(), companyName(company), customer.name(), recipient.contact()));
    }

    @Override
    public OutboxMessageView resend(String company, long id, String reason, CustomerScope scope, UserName actor) {
        String why = InputLimits.reason("reason", reason);
        LetterView letter = get(company, id, scope);
        ReminderRecipient recipient = customers.get(company, letter.account()).reminderRecipient();
        if (recipient.email() == null) {
            throw new RuleViolationException("no-email", "customer " + letter.account() + " has no collections"
                    + " contact or email to send the letter to");
        }
        if (!restrictions.permission(company, letter.account(), clock.today(), CustomerScope.ALL).mayContact()) {
            throw new RuleViolationException("not-to-be-contacted", "customer " + letter.account() + " is not to be"
                    + " contacted today");
        }
        long message = outbox.insert(new OutboxStore.NewMessage(company, letter.account(), id, "LETTER",
                recipient.email(), letter.language(), letter.subject(), null, actor.value(), clock.now()));
        log.customer(company, letter.account(), "letter-resent", "letter " + letter.number(), "email to "
                + recipient.email() + " queued", why, actor);
        return outbox.get(company, message).orElseThrow();
    }

    String companyName(String company) {
        return companies.get(CompanyCode.of(company)).name();
    }
}
