package org.dunwell.dunning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.dunning.api.DayBasis;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.InterestCalculation;
import org.dunwell.dunning.api.InterestCodeView;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LetterRuns;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.dunning.api.ProposalLineView;
import org.dunwell.dunning.support.DunningTier;
import org.dunwell.kernel.api.AdjustableClock;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Letter runs with a moving business clock: a customer climbs the levels run after run, with fees per currency,
 * interest from the interest engine and a credit hold at the blocking level; exclusions say why; posting twice,
 * two runs for one level, or a posting that stopped half way never make a second letter, fee or email.
 */
class LetterRunsTest {

    private static final UserName ADMIN = UserName.of("admin");
    private static final LocalDate DUE = LocalDate.of(2026, 10, 1);

    private static LetterSequenceView.Level level(int number, int days, boolean block, String interest,
                                                  List<LetterSequenceView.Amount> amounts) {
        return new LetterSequenceView.Level(number, days, block, false, interest, amounts, List.of(
                new LetterSequenceView.Text("en", "Reminder " + number, "Our records show these invoices unpaid."),
                new LetterSequenceView.Text("de", "Mahnung " + number, "Folgende Rechnungen sind offen.")));
    }

    private static LetterSequenceView standard(EscalationRule rule) {
        return new LetterSequenceView(null, "STD", "standard", LetterScope.PER_CUSTOMER, rule, true, List.of(),
                List.of(level(1, 14, false, null, List.of(new LetterSequenceView.Amount("EUR", null,
                                new BigDecimal("10.00")))),
                        level(2, 14, false, null, List.of(new LetterSequenceView.Amount("EUR", new BigDecimal("5.00"),
                                null), new LetterSequenceView.Amount("USD", new BigDecimal("6.00"), null))),
                        level(3, 30, true, "INT8", List.of(new LetterSequenceView.Amount("EUR",
                                new BigDecimal("10.00"), null)))), 0);
    }

    private static String company(DunningTier tier, EscalationRule rule) {
        String company = tier.newCompany("EUR", "en");
        tier.importCsv(ImportKind.CUSTOMERS, """
                account,name,currency,language,email
                C1,Erste GmbH,EUR,de,ap@erste.example
                C2,Second SARL,EUR,fr,
                C3,Third Inc,USD,en,ap@third.example
                """, company);
        tier.importCsv(ImportKind.CONTACTS, """
                account,name,purpose,email,language,primary
                C1,Anna Schmidt,COLLECTIONS,anna@erste.example,de,true
                """, company);
        tier.tx(s -> s.interest().put(company, new InterestCodeView(null, "INT8", "8 percent", DayBasis.ACTUAL_365,
                InterestCalculation.FROM_DUE_DATE, null, false, false, List.of(new InterestCodeView.Rate(
                        LocalDate.of(2000, 1, 1), null, null, null, new BigDecimal("8"))), 0), null, "set-up",
                ADMIN));
        tier.tx(s -> s.sequences().put(company, standard(rule), null, "set-up", ADMIN));
        return company;
    }

    private static ProposalLineView line(DunningTier tier, String company, LetterRunView run, String account) {
        List<ProposalLineView> lines = tier.tx(s -> s.runs().lines(company, run.id(), null, account, ALL,
                PageRequest.first(50)).items());
        assertThat(lines).as("lines of " + account).hasSize(1);
        return lines.get(0);
    }

    private static List<DocumentView> charges(DunningTier tier, String company, String account) {
        List<DocumentView> all = tier.tx(s -> s.documents().list(new DocumentFilter(company, null, account, null,
                null, null, null, ALL), PageRequest.first(100)).items());
        return all.stream()
                .filter(d -> d.kind() == DocumentKind.FEE || d.kind() == DocumentKind.INTEREST).toList();
    }

    @DatabaseTest
    void aCustomerClimbsOneLevelPerRunWithFeesInterestAndAHoldAtTheBlockingLevel(TestDatabase db) {
        AdjustableClock moving = new AdjustableClock(Clock.fixed(Instant.parse("2026-10-20T08:00:00Z"),
                ZoneOffset.UTC));
        DunningTier tier = new DunningTier(db, new BusinessClock(moving));
        String company = company(tier, EscalationRule.ONE_LEVEL_PER_RUN);
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,1000.00
                I3,C3,2026-09-01,2026-10-01,USD,200.00
                """, company);

        // 20 October: 19 days past due, level 1 (no fee), in German to the collections contact
        LetterRunView first = tier.propose(company, LocalDate.of(2026, 10, 20), 1);
        ProposalLineView one = line(tier, company, first, "C1");
        assertThat(one.status()).isEqualTo(LineStatus.PROPOSED);
        assertThat(one.level()).isEqualTo(1);
        assertThat(one.escalation()).isEqualTo(EscalationRule.ONE_LEVEL_PER_RUN);
        assertThat(one.reason()).contains("19 days past due");
        assertThat(one.language()).isEqualTo("de");
        assertThat(one.email()).isEqualTo("anna@erste.example");
        assertThat(one.fee()).isEqualByComparingTo("0");
        assertThat(tier.post(company, first).letters()).isEqualTo(2);
        assertThat(charges(tier, company, "C1")).isEmpty();
        List<OutboxMessageView> pending = tier.tx(s -> s.outbox().list(company, "PENDING", PageRequest.first(10))
                .items());
        assertThat(pending).extracting(m -> m.recipient() + ":" + m.language())
                .containsExactlyInAnyOrder("anna@erste.example:de", "ap@third.example:en");

        // 30 October: 10 days after the letter, level 2 waits 14
        moving.setDate(LocalDate.of(2026, 10, 30));
        ProposalLineView waiting = line(tier, company, tier.propose(company, LocalDate.of(2026, 10, 30), 500), "C1");
        assertThat(waiting.status()).isEqualTo(LineStatus.EXCLUDED);
        assertThat(waiting.reason()).contains("I1 at level 1 since 2026-10-20, 10 days since that letter, level 2 waits 14");

        // 5 November: level 2 with its fee per currency
        moving.setDate(LocalDate.of(2026, 11, 5));
        LetterRunView second = tier.propose(company, LocalDate.of(2026, 11, 5), 500);
        assertThat(line(tier, company, second, "C1").fee()).isEqualByComparingTo("5.00");
        assertThat(line(tier, company, second, "C3").fee()).as("USD fee").isEqualByComparingTo("6.00");
        tier.post(company, second);
        assertThat(charges(tier, company, "C1")).extracting(d -> d.kind() + " " + d.amount().toPlainString())
                .containsExactly("FEE 5.00");

        // 10 December: 35 days after the second letter, level 3: fee 10.00, interest 8% on I1 for 70 days =
        // 1000.00 * 8 * 70 / 36500 = 15.34 (the fee of level 2 bears none: off by default), and a credit hold
        moving.setDate(LocalDate.of(2026, 12, 10));
        LetterRunView third = tier.propose(company, LocalDate.of(2026, 12, 10), 500);
        ProposalLineView three = line(tier, company, third, "C1");
        assertThat(three.level()).isEqualTo(3);
        assertThat(three.interest()).isEqualByComparingTo("15.34");
        assertThat(three.invoices()).extracting(i -> i.document().startsWith("DL") ? "fee" : i.document() + " "
                + i.interest().toPlainString() + " from " + i.interestFrom()).containsExactly("I1 15.34 from "
                + DUE, "fee");
        assertThat(three.total()).isEqualByComparingTo(three.overdue().add(new BigDecimal("25.34")));
        tier.post(company, third);
        assertThat(charges(tier, company, "C1")).extracting(d -> d.kind() + " " + d.amount().toPlainString())
                .containsExactlyInAnyOrder("FEE 5.00", "FEE 10.00", "INTEREST 15.34");
        assertThat(tier.tx(s -> s.credit().profile(company, "C1", LocalDate.of(2026, 12, 10), ALL)).holdReason())
                .isEqualTo(LinePoster.HOLD_REASON);
        List<LetterView> letters = tier.tx(s -> s.letters().letters(company, "C1", ALL, PageRequest.first(10))
                .items());
        assertThat(letters).extracting(LetterView::level).containsExactly(3, 2, 1);
        assertThat(letters.get(0).blocked()).isTrue();
        assertThat(letters.get(0).subject()).isEqualTo("Mahnung 3");

        // the last level is reached: the next run sends nothing and says so
        moving.setDate(LocalDate.of(2027, 2, 1));
        ProposalLineView after = line(tier, company, tier.propose(company, LocalDate.of(2027, 2, 1), 500), "C1");
        assertThat(after.status()).isEqualTo(LineStatus.EXCLUDED);
        assertThat(after.reason()).contains("last level 3");
        assertThat(tier.tx(s -> s.credit().profile(company, "C1", LocalDate.of(2027, 2, 1), ALL)).holdReason())
                .as("the blocking letter's invoices are not paid yet").isEqualTo(LinePoster.HOLD_REASON);

        // the customer pays what the blocking letter named (I1 and the fee of level 2): the next run lifts the hold
        tier.importCsv(ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                P1,C1,2027-02-02,EUR,1000.00,I1
                """, company);
        String levelTwoFee = letters.get(1).feeDocument();
        assertThat(levelTwoFee).isNotNull();
        moving.setDate(LocalDate.of(2027, 2, 3));
        tier.propose(company, LocalDate.of(2027, 2, 3), 500);
        assertThat(tier.tx(s -> s.credit().profile(company, "C1", LocalDate.of(2027, 2, 3), ALL)).holdReason())
                .as("the fee of level 2 is still open").isEqualTo(LinePoster.HOLD_REASON);
        tier.importCsv(ImportKind.PAYMENTS, """
                document,account,date,currency,amount
                P2,C1,2027-02-03,EUR,5.00
                """, company);
        tier.tx(s -> s.settlements().settle(new org.dunwell.ledger.api.SettlementRequest(company, "P2",
                List.of(levelTwoFee), null, null, false), UserName.of("erp")));
        tier.propose(company, LocalDate.of(2027, 2, 3), 500);
        assertThat(tier.tx(s -> s.credit().profile(company, "C1", LocalDate.of(2027, 2, 3), ALL)).holdReason())
                .isNull();
        List<org.dunwell.ledger.api.AuditEntry> history = tier.tx(s -> s.credit().history(company, "C1", ALL,
                PageRequest.first(20)).items());
        assertThat(history).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("holdReason");
            assertThat(e.reason()).contains("is paid");
        });
    }

    @DatabaseTest
    void byDaysOverdueTheFirstLetterCanBeTheSecondLevel(TestDatabase db) {
        DunningTier tier = new DunningTier(db, LocalDate.of(2026, 11, 20));
        String company = company(tier, EscalationRule.BY_DAYS_OVERDUE);
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,1000.00
                """, company);
        ProposalLineView line = line(tier, company, tier.propose(company, LocalDate.of(2026, 11, 20), 500), "C1");
        assertThat(line.level()).isEqualTo(2);
        assertThat(line.escalation()).isEqualTo(EscalationRule.BY_DAYS_OVERDUE);
        assertThat(line.reason()).contains("oldest I1 50 days past due reaches level 2");
    }

    @DatabaseTest
    void disputedPromisedPausedCaseHeldAndDoNotContactAreLeftOutAndTheProposalSaysWhy(TestDatabase db) {
        DunningTier tier = new DunningTier(db, LocalDate.of(2026, 11, 1));
        String company = company(tier, EscalationRule.ONE_LEVEL_PER_RUN);
        tier.importCsv(ImportKind.CUSTOMERS, """
                account,name,currency
                C4,Fourth BV,EUR
                """, company);
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,100.00
                I2,C1,2026-09-01,2026-10-01,EUR,100.00
                I3,C1,2026-09-01,2026-10-01,EUR,100.00
                I4,C1,2026-09-01,2026-10-01,EUR,100.00
                I5,C1,2026-09-01,2026-10-01,EUR,100.00
                J1,C2,2026-09-01,2026-10-01,EUR,100.00
                K1,C4,2026-09-01,2026-10-01,EUR,100.00
                """, company);
        tier.tx(s -> s.documents().setCollectionStatus(company, "I2", CollectionStatus.DISPUTED, "wrong price",
                ADMIN));
        tier.tx(s -> s.documents().setCollectionStatus(company, "I3", CollectionStatus.PROMISED, "pays Friday",
                ADMIN));
        tier.tx(s -> s.restrictions().restrict(company, "C1", "I4", RestrictionKind.PAUSED, "credit note coming",
                null, LocalDate.of(2026, 12, 1), ALL, ADMIN));
        tier.tx(s -> s.cases().putCategory(company, "LEGAL", "with our lawyers", true, null, "set-up", ADMIN));
        tier.tx(s -> s.cases().open(company, "Lawyer", "LEGAL", null, null, List.of("I5"), ALL, ADMIN));
        tier.tx(s -> s.restrictions().restrict(company, "C4", null, RestrictionKind.DO_NOT_CONTACT, "insolvency",
                null, null, ALL, ADMIN));

        LetterRunView run = tier.propose(company, LocalDate.of(2026, 11, 1), 500);
        ProposalLineView c1 = line(tier, company, run, "C1");
        assertThat(c1.status()).isEqualTo(LineStatus.PROPOSED);
        assertThat(c1.overdue()).isEqualByComparingTo("100.00");
        assertThat(c1.invoices()).extracting(i -> i.document() + ":" + i.excludedBecause()).containsExactly(
                "I1:null", "I2:disputed", "I3:payment promised", "I4:paused", "I5:in a case that stops dunning");
        ProposalLineView c2 = line(tier, company, run, "C2");
        assertThat(c2.language()).isEqualTo("en");
        assertThat(c2.languageNote()).contains("no text in fr");
        assertThat(c2.email()).as("no contact, no email: the letter is printed").isNull();
        ProposalLineView c4 = line(tier, company, run, "C4");
        assertThat(c4.status()).isEqualTo(LineStatus.REFER);
        assertThat(c4.reason()).contains("not to be contacted", "DO_NOT_CONTACT", "insolvency");

        LetterRunView posted = tier.post(company, run);
        assertThat(posted.letters()).isEqualTo(2);
        assertThat(line(tier, company, run, "C4").status()).isEqualTo(LineStatus.REFERRED);
        List<ActivityView> instead = tier.tx(s -> s.activities().list(company, null, "OPEN", "C4", null, ALL,
                PageRequest.first(10)).items());
        assertThat(instead).singleElement().satisfies(a -> {
            assertThat(a.purpose()).contains("not to be contacted");
            assertThat(a.documents()).containsExactly("K1");
        });
        long c4Letters = tier.tx(s -> s.letters().letters(company, "C4", ALL, PageRequest.first(10)).total());
        assertThat(c4Letters).isZero();
        List<LetterView> letters = tier.tx(s -> s.letters().letters(company, "C1", ALL, PageRequest.first(10))
                .items());
        assertThat(letters.get(0).invoices()).extracting(LetterView.Invoice::document).containsExactly("I1");
    }

    @DatabaseTest
    void postingTwiceTwoRunsForOneLevelOrARestartAfterACrashNeverMakeASecondLetterFeeOrEmail(TestDatabase db) {
        DunningTier tier = new DunningTier(db, LocalDate.of(2026, 11, 5));
        String company = company(tier, EscalationRule.BY_DAYS_OVERDUE);
        tier.importCsv(ImportKind.CUSTOMERS, """
                account,name,currency,email
                C5,Fifth Ltd,EUR,ap@fifth.example
                """, company);
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,100.00
                J1,C2,2026-09-01,2026-10-01,EUR,100.00
                L1,C5,2026-09-01,2026-10-01,EUR,100.00
                """, company);
        LocalDate day = LocalDate.of(2026, 11, 5);
        LetterRunView run = tier.propose(company, day, 2);
        LetterRunView rival = tier.propose(company, day, 500);
        assertThat(run.lines()).isEqualTo(3);

        // the posting stops after one line (the server died); restarted, it posts the rest
        tier.tx(s -> s.runs().startPosting(company, run.id(), run.version(), DunningTier.MANAGER));
        assertThat(tier.postRemaining(company, run.id(), 1)).isEqualTo(1);
        assertThat(tier.postRemaining(company, run.id(), Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(tier.postRemaining(company, run.id(), Integer.MAX_VALUE)).isZero();
        LetterRunView done = tier.tx(s -> s.runs().posted(company, run.id()));
        assertThat(done.letters()).isEqualTo(3);
        assertThatThrownBy(() -> tier.tx(s -> s.runs().startPosting(company, run.id(), done.version(),
                DunningTier.MANAGER))).isInstanceOf(ConflictException.class);

        // the rival run proposed the same level for the same day: every line is skipped, nothing is made twice
        LetterRunView rivalPosted = tier.post(company, rival);
        assertThat(rivalPosted.letters()).isZero();
        long skipped = tier.tx(s -> s.runs().lines(company, rival.id(), LineStatus.SKIPPED, null, ALL,
                PageRequest.first(10)).total());
        assertThat(skipped).isEqualTo(3);
        long letters = tier.tx(s -> s.letters().letters(company, null, ALL, PageRequest.first(10)).total());
        assertThat(letters).isEqualTo(3);
        assertThat(charges(tier, company, "C1")).extracting(d -> d.amount().toPlainString())
                .as("level 2's fee, once").containsExactly("5.00");
        long emails = tier.tx(s -> s.outbox().list(company, null, PageRequest.first(10)).total());
        assertThat(emails).as("C1 and C5 have an email, C2 none").isEqualTo(2);
    }

    @DatabaseTest
    void aReviewerDropsOrHoldsALineWithAReasonAndOnlyAProposedRunIsEdited(TestDatabase db) {
        DunningTier tier = new DunningTier(db, LocalDate.of(2026, 11, 1));
        String company = company(tier, EscalationRule.ONE_LEVEL_PER_RUN);
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,100.00
                J1,C2,2026-09-01,2026-10-01,EUR,100.00
                """, company);
        LetterRunView run = tier.propose(company, LocalDate.of(2026, 11, 1), 500);
        int c1 = line(tier, company, run, "C1").line();
        int c2 = line(tier, company, run, "C2").line();
        assertThatThrownBy(() -> tier.tx(s -> s.runs().edit(company, run.id(), c1, LetterRuns.LineEdit.DROP, " ",
                DunningTier.MANAGER))).isInstanceOf(InvalidInputException.class);
        assertThat(tier.tx(s -> s.runs().edit(company, run.id(), c1, LetterRuns.LineEdit.DROP, "called today",
                DunningTier.MANAGER)).status()).isEqualTo(LineStatus.DROPPED);
        assertThat(tier.tx(s -> s.runs().edit(company, run.id(), c2, LetterRuns.LineEdit.HOLD, "key account",
                DunningTier.MANAGER)).editReason()).isEqualTo("key account");
        LetterRunView current = tier.tx(s -> s.runs().get(company, run.id()));
        assertThat(tier.post(company, current).letters()).isZero();
        assertThatThrownBy(() -> tier.tx(s -> s.runs().edit(company, run.id(), c1, LetterRuns.LineEdit.INCLUDE,
                "changed my mind", DunningTier.MANAGER))).isInstanceOf(ConflictException.class);
    }
}
