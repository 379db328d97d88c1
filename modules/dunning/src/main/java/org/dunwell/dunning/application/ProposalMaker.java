package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dunwell.collections.api.Cases;
import org.dunwell.collections.api.ContactPermission;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.ProposalLineView;
import org.dunwell.dunning.domain.interest.InterestCode;
import org.dunwell.dunning.domain.interest.InterestTerms;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.dunning.domain.run.NewLine;
import org.dunwell.dunning.domain.sequence.LetterLevel;
import org.dunwell.dunning.domain.sequence.LetterPlanner;
import org.dunwell.dunning.domain.sequence.LetterSequence;
import org.dunwell.dunning.domain.sequence.LevelAmount;
import org.dunwell.dunning.domain.sequence.SequenceRepository;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.OpenAccount;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.Overdue;
import org.dunwell.ledger.api.ReminderRecipient;
import org.dunwell.ledger.api.SettlementView;

/**
 * The proposal lines of one page of customers as of a date: each customer with something overdue gets a line,
 * a letter to send (its level, invoices, fee, interest, language, recipient and why) or none and why not. Reads
 * a page's accounts (with whom their letters go to), levels, restrictions, case holds and interest periods in a few
 * queries a page; per customer only the settlements of one whose letter charges interest on the remaining balance.
 */
@ApplicationScoped
public class ProposalMaker {

    private AccountQueries accounts;
    private Companies companies;
    private SequenceRepository sequences;
    private LetterStore letters;
    private ContactRestrictions restrictions;
    private Cases cases;

    protected ProposalMaker() {
    }

    @Inject
    public ProposalMaker(AccountQueries accounts, Companies companies,
                         SequenceRepository sequences, LetterStore letters, ContactRestrictions restrictions,
                         Cases cases) {
        this.accounts = accounts;
        this.companies = companies;
        this.sequences = sequences;
        this.letters = letters;
        this.restrictions = restrictions;
        this.cases = cases;
    }

    /** The lines of the customers on {@code page} (none for a customer with nothing overdue). */
    public List<NewLine> lines(String company, LocalDate asOf, OpenAccount.Page page) {
        List<OpenAccount> overdue = page.accounts().stream().filter(a -> a.items().stream()
                .anyMatch(i -> i.kind().isDebit() && i.dueDate() != null && i.dueDate().isBefore(asOf))).toList();
        if (overdue.isEmpty()) {
            return List.of();
        }
        List<String> keys = overdue.stream().map(OpenAccount::account).toList();
        SequenceChooser chooser = new SequenceChooser(sequences.list(company), sequences.assignments(company, keys));
        Map<String, LetterStore.Level> levels = letters.levels(company, keys);
        Map<String, LocalDate> charged = letters.interestChargedTo(company, keys);
        Map<String, ContactPermission> permissions = restrictions.permissions(company, keys, asOf);
        Set<String> held = cases.heldFromDunning(company, keys);
        String companyLanguage = companies.get(CompanyCode.of(company)).language();
        Map<String, InterestCode> codes = new java.util.HashMap<>();
        sequences.interestCodes(company).forEach(c -> codes.put(c.code(), c));
        List<NewLine> lines = new ArrayList<>();
        for (OpenAccount account : overdue) {
            lines.addAll(linesOf(company, asOf, account, chooser, levels, charged,
                    permissions.get(account.account()), held, companyLanguage, codes));
        }
        return lines;
    }

    private List<NewLine> linesOf(String company, LocalDate asOf, OpenAccount account, SequenceChooser chooser,
                                  Map<String, LetterStore.Level> levels, Map<String, LocalDate> charged,
                                  ContactPermission permission, Set<String> held, String companyLanguage,
                                  Map<String, InterestCode> codes) {
        var choice = chooser.choose(account.account(), account.group());
        LetterSequence sequence = choice.sequence() == null ? null : chooser.sequence(choice.sequence());
        String currency = account.currency();
        List<LetterPlanner.Debit> debits = new ArrayList<>();
        BigDecimal credits = BigDecimal.ZERO;
        for (OpenItem item : account.items()) {
            if (item.kind().isCredit()) {
                credits = credits.add(item.openAmount().amount());
                continue;
            }
            LetterStore.Level level = levels.get(item.document());
            debits.add(new LetterPlanner.Debit(item.document(), item.documentDate(),
                    item.dueDate() == null ? item.documentDate() : item.dueDate(), item.openAmount().amount(),
                    level == null ? 0 : level.level(), level == null ? null : level.letterDate(),
                    marks(item, permission, held)));
        }
        if (sequence == null) {
            return List.of(new NewLine(account.account(), account.name(), currency, null, null, null, null, null,
                    null, null, zero(currency), zero(currency), zero(currency), LineStatus.EXCLUDED,
                    "no letter sequence: " + choice.chosenBy(), List.of()));
        }
        List<LetterPlanner.Plan> plans = LetterPlanner.plan(sequence, debits, credits, asOf,
                number -> sequence.level(number).flatMap(l -> l.amountIn(currency)).map(LevelAmount::minimumOverdue)
                        .orElse(BigDecimal.ZERO));
        List<NewLine> lines = new ArrayList<>();
        for (LetterPlanner.Plan plan : plans) {
            lines.add(line(company, asOf, account, sequence, plan, permission, charged, companyLanguage, codes));
        }
        return lines;
    }

    private NewLine line(String company, LocalDate asOf, OpenAccount account, LetterSequence sequence,
                         LetterPlanner.Plan plan, ContactPermission permission, Map<String, LocalDate> charged,
                         String companyLanguage, Map<String, InterestCode> codes) {
        String currency = account.currency();
        String reason = plan.reason();
        LineStatus status = plan.letter() ? LineStatus.PROPOSED : LineStatus.EXCLUDED;
        if (plan.letter() && permission != null && !permission.mayContact()) {
            status = LineStatus.REFER;
            reason = "customer not to be contacted: " + permission.restrictions().stream()
                    .filter(r -> r.document() == null).map(r -> r.kind() + " (" + r.reason() + ")").findFirst()
                    .orElse("restricted") + "; an activity for the agent instead; " + reason;
        }
        LetterLevel level = plan.letter() ? sequence.level(plan.level()).orElseThrow() : null;
        BigDecimal fee = zero(currency);
        if (level != null) {
            var amount = level.amountIn(currency);
            if (amount.isPresent()) {
                fee = amount.get().fee();
            } else {
                reason += "; level " + level.number() + " names no fee in " + currency;
            }
        }
        InterestCode code = level == null || level.interestCode() == null ? null : codes.get(level.interestCode());
        List<ProposalLineView.Invoice> invoices = new ArrayList<>();
        BigDecimal interest = zero(currency);
        List<SettlementView> settlements = null;
        for (LetterPlanner.PlannedDebit debit : plan.debits()) {
            BigDecimal owed = zero(currency);
            LocalDate from = null;
            if (code != null && debit.included() && bearsInterest(code, account, debit.document())) {
                from = charged.getOrDefault(debit.document(), debit.dueDate());
                if (from.isBefore(debit.dueDate())) {
                    from = debit.dueDate();
                }
                BigDecimal open = debit.overdue();
                List<InterestTerms.Payment> payments = List.of();
                if (code.terms().calculation() == org.dunwell.dunning.api.InterestCalculation.REMAINING_BALANCE) {
                    if (settlements == null) {
                        settlements = accounts.statement(company, account.account(), asOf).settlements();
                    }
                    LocalDate start = from;
                    payments = settlements.stream().filter(s -> s.debitDocument().equals(debit.document())
                                    && s.settledOn().isAfter(start) && s.undoneOn() == null)
                            .map(s -> new InterestTerms.Payment(s.settledOn(), s.amount().amount())).toList();
                    open = open.add(payments.stream().map(InterestTerms.Payment::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
                }
                owed = code.terms().compute(from, asOf, open, payments, decimals(currency)).amount();
                interest = interest.add(owed);
            }
            invoices.add(new ProposalLineView.Invoice(debit.document(), debit.dueDate(), debit.daysOverdue(),
                    debit.overdue(), debit.levelBefore(), owed, owed.signum() > 0 ? from : null,
                    debit.excludedBecause()));
        }
        String language = null;
        String languageNote = null;
        String contact = null;
        String email = null;
        if (plan.letter()) {
            ReminderRecipient recipient = account.recipient();
            contact = recipient.contact();
            email = recipient.email();
            language = recipient.language();
            if (level.textIn(language).isEmpty()) {
                languageNote = "level " + level.number() + " has no text in " + language + ": the company's "
                        + companyLanguage;
                language = companyLanguage;
            }
        }
        return new NewLine(account.account(), account.name(), currency, sequence.code(), sequence.escalation(),
                plan.letter() ? plan.level() : null, language, languageNote, contact, email,
                plan.overdue().setScale(decimals(currency), java.math.RoundingMode.HALF_UP), fee, interest, status,
                reason, invoices);
    }

    private static boolean bearsInterest(InterestCode code, OpenAccount account, String document) {
        DocumentKind kind = account.items().stream().filter(i -> i.document().equals(document)).findFirst()
                .map(OpenItem::kind).orElse(DocumentKind.INVOICE);
        return kind == DocumentKind.INVOICE || (kind == DocumentKind.FEE && code.onFees())
                || (kind == DocumentKind.INTEREST && code.onInterest());
    }

    private static Set<Overdue.Exclusion> marks(OpenItem item, ContactPermission permission, Set<String> held) {
        Set<Overdue.Exclusion> marks = EnumSet.noneOf(Overdue.Exclusion.class);
        if (item.collectionStatus() == CollectionStatus.DISPUTED) {
            marks.add(Overdue.Exclusion.DISPUTED);
        }
        if (item.collectionStatus() == CollectionStatus.PROMISED) {
            marks.add(Overdue.Exclusion.PROMISED);
        }
        if (permission != null && permission.pausedDocuments().contains(item.document())) {
            marks.add(Overdue.Exclusion.PAUSED);
        }
        if (held.contains(item.document())) {
            marks.add(Overdue.Exclusion.HELD);
        }
        return marks;
    }

    private static int decimals(String currency) {
        return java.util.Currency.getInstance(currency).getDefaultFractionDigits();
    }

    private static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(decimals(currency));
    }
}
