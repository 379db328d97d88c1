package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dunwell.collections.api.Activities;
import org.dunwell.collections.api.ActivityDraft;
import org.dunwell.collections.api.ActivityType;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.ProposalLineView;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.dunning.domain.outbox.OutboxStore;
import org.dunwell.dunning.domain.run.RunStore;
import org.dunwell.dunning.domain.sequence.LetterLevel;
import org.dunwell.dunning.domain.sequence.LetterSequence;
import org.dunwell.dunning.domain.sequence.LevelText;
import org.dunwell.dunning.domain.sequence.SequenceRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Charge;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;

/**
 * Posts one proposal line, all of it in one transaction under the customer's lock: the letter, its invoices' new
 * level, the fee and interest notes in the ledger, the interest periods charged, a credit hold where the level
 * blocks, the email in the outbox, the entry in the customer's history, and the line marked posted. A line posted
 * already is left alone; an invoice that has the level already (another run sent it) is not named again, and a
 * line left with none is SKIPPED: no level, fee or email is ever made twice.
 */
@ApplicationScoped
@Transactional
public class LinePoster {

    /** The credit hold reason code a blocking level sets. */
    public static final String HOLD_REASON = "DUNNING";

    private RunStore runs;
    private LetterStore letters;
    private SequenceRepository sequences;
    private Documents documents;
    private CustomerLocks locks;
    private OutboxStore outbox;
    private ContactRestrictions restrictions;
    private CreditProfiles credit;
    private Activities activities;
    private Customers customers;
    private DunningLog log;
    private BusinessClock clock;

    protected LinePoster() {
    }

    @Inject
    public LinePoster(RunStore runs, LetterStore letters, SequenceRepository sequences, Documents documents,
                      CustomerLocks locks, OutboxStore outbox, ContactRestrictions restrictions, CreditProfiles credit,
                      Activities activities, Customers customers, DunningLog log, BusinessClock clock) {
        this.runs = runs;
        this.letters = letters;
        this.sequences = sequences;
        this.documents = documents;
        this.locks = locks;
        this.outbox = outbox;
        this.restrictions = restrictions;
        this.credit = credit;
        this.activities = activities;
        this.customers = customers;
        this.log = log;
        this.clock = clock;
    }

    public LineStatus post(LetterRunView run, int number, UserName actor) {
        String company = run.company();
        ProposalLineView before = runs.line(run.id(), number).orElseThrow();
        if (before.status() == LineStatus.REFER) {
            return refer(run, before, LineStatus.REFER, actor);
        }
        if (before.status() != LineStatus.PROPOSED) {
            return before.status();
        }
        locks.lock(company, before.account());
        ProposalLineView line = runs.line(run.id(), number).orElseThrow();
        if (line.status() != LineStatus.PROPOSED) {
            return line.status();
        }
        if (!restrictions.permissions(company, List.of(line.account()), clock.today()).get(line.account())
                .mayContact()) {
            // restricted since the proposal (or taken back in by a reviewer): an activity, never a letter
            return refer(run, line, LineStatus.PROPOSED, actor);
        }
        List<ProposalLineView.Invoice> named = line.invoices().stream().filter(i -> i.excludedBecause() == null)
                .toList();
        Map<String, LetterStore.Level> current = letters.levelsOf(company, named.stream()
                .map(ProposalLineView.Invoice::document).toList());
        int levelNo = line.level();
        Set<String> fresh = new TreeSet<>();
        named.forEach(i -> {
            LetterStore.Level had = current.get(i.document());
            if (had == null || had.level() < levelNo) {
                fresh.add(i.document());
            }
        });
        if (fresh.isEmpty()) {
            runs.moveLine(run.id(), number, List.of(LineStatus.PROPOSED), LineStatus.SKIPPED, null, null, null);
            return LineStatus.SKIPPED;
        }
        LetterSequence sequence = sequences.find(company, line.sequence()).orElseThrow(() -> new ConflictException(
                "letter sequence " + line.sequence() + " was removed after the proposal"));
        LetterLevel level = sequence.level(levelNo).orElseThrow(() -> new ConflictException("letter sequence "
                + line.sequence() + " has no level " + levelNo + " any more: compute a new proposal"));
        LevelText text = level.textIn(line.language()).orElseThrow(() -> new ConflictException("level " + levelNo
                + " of " + line.sequence() + " has no text in " + line.language() + " any more"));
        long id = letters.newId();
        String letterNumber = "DL" + run.id() + "-" + number;
        String claim = sequence.scope() == LetterScope.PER_INVOICE ? named.get(0).document() : null;
        String feeDocument = null;
        if (line.fee().signum() > 0) {
            feeDocument = letterNumber + "-F";
            documents.postCharge(new Charge(company, line.account(), DocumentKind.FEE, feeDocument, line.fee(),
                    run.asOf(), run.asOf(), "Fee of collection letter " + letterNumber + " (level " + levelNo + ")",
                    claim), actor);
        }
        List<LetterView.Invoice> invoices = new ArrayList<>();
        int interestNotes = 0;
        BigDecimal interest = BigDecimal.ZERO;
        for (ProposalLineView.Invoice invoice : named) {
            String note = null;
            BigDecimal owed = invoice.interest();
            DocumentView document = documents.get(company, invoice.document());
            if (owed.signum() > 0 && invoice.interestFrom() != null) {
                note = letterNumber + "-I" + (++interestNotes);
                DocumentView posted = documents.postCharge(new Charge(company, line.account(), DocumentKind.INTEREST,
                        note, owed, run.asOf(), run.asOf(), "Interest on " + invoice.document() + " from "
                        + invoice.interestFrom() + " to " + run.asOf(),
                        document.kind() == DocumentKind.INVOICE ? document.document() : null), actor);
                letters.insertInterestCharged(company, line.account(), invoice.document(), invoice.interestFrom(),
                        run.asOf(), owed, posted.document());
                interest = interest.add(owed);
            }
            invoices.add(new LetterView.Invoice(invoice.document(), document.documentDate(), invoice.dueDate(),
                    invoice.daysOverdue(), invoice.open(), owed, note));
        }
        LetterView letter = new LetterView(id, letterNumber, company, line.account(), line.customerName(),
                sequence.code(), levelNo, run.asOf(), line.language(), line.contact(), line.email(), line.currency(),
                line.overdue(), line.fee(), interest.setScale(line.fee().scale()), line.overdue().add(line.fee())
                .add(interest), feeDocument, text.subject(), text.body(), level.blockCustomer(),
                level.agencyHandover(), 0, invoices, actor.value(), clock.now());
        letters.insert(letter, run.id(), number);
        letters.insertLevels(company, line.account(), fresh, levelNo, id, run.asOf());
        if (level.blockCustomer()) {
            hold(company, line.account(), letterNumber, levelNo, actor);
        }
        String delivery = "to print";
        if (line.email() != null) {
            outbox.insert(new OutboxStore.NewMessage(company, line.account(), id, "LETTER", line.email(),
                    line.language(), text.subject(), null, actor.value(), clock.now()));
            delivery = "email to " + line.email() + " queued";
        }
        log.customer(company, line.account(), "letter-posted", "letter " + letterNumber, "level " + levelNo
                + " of " + sequence.code() + ", " + invoices.size() + " invoice(s), total " + letter.total()
                .toPlainString() + " " + line.currency() + ", " + delivery, "letter run " + run.id(), actor);
        if (!runs.moveLine(run.id(), number, List.of(LineStatus.PROPOSED), LineStatus.POSTED, id, null, null)) {
            throw new ConflictException("line " + number + " of letter run " + run.id() + " was posted or edited"
                    + " meanwhile");
        }
        return LineStatus.POSTED;
    }

    /**
     * A customer not to be contacted gets no letter: its agent gets an activity instead (the customer's responsible
     * employee, else whoever posts), naming the invoices the letter would have named, once per line.
     */
    private LineStatus refer(LetterRunView run, ProposalLineView line, LineStatus from, UserName actor) {
        if (!runs.moveLine(run.id(), line.line(), List.of(from), LineStatus.REFERRED, null, null, null)) {
            return runs.line(run.id(), line.line()).orElseThrow().status();
        }
        String responsible = customers.get(run.company(), line.account()).responsibleEmployee();
        List<String> named = line.invoices().stream().filter(i -> i.excludedBecause() == null)
                .map(ProposalLineView.Invoice::document).toList();
        activities.create(run.company(), new ActivityDraft(line.account(), ActivityType.TASK, "Level " + line.level()
                + " of " + line.sequence() + " is due, but the customer is not to be contacted: decide what to do",
                line.reason(), responsible, null, null, run.asOf(), null, named), CustomerScope.ALL, actor);
        return LineStatus.REFERRED;
    }

    private void hold(String company, String account, String letter, int level, UserName actor) {
        CreditProfileView profile = credit.profile(company, account, clock.today(), CustomerScope.ALL);
        if (profile.holdReason() != null) {
            return;
        }
        credit.update(company, account, profile.version(), new ProfileChanges(null, null, null, null, HOLD_REASON,
                "collection letter " + letter + " level " + level, null), CustomerScope.ALL, actor,
                "collection letter " + letter + " blocks the customer at level " + level);
    }
}
