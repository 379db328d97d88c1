package org.dunwell.dunning.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.dunning.api.DayBasis;
import org.dunwell.dunning.api.InterestCalculation;
import org.dunwell.dunning.api.InterestCodeView;
import org.dunwell.dunning.api.InterestNoteView;
import org.dunwell.dunning.support.DunningTier;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Interest notes: previewed, posted once per period, waived within a user's limit or through a second person,
 * reinstated, reversed (the period free again), and settled before the principal by a payment that names nothing.
 */
class InterestNotesTest {

    private static final UserName AGENT = UserName.of("agent");
    private static final UserName MANAGER = UserName.of("manager");
    private static final LocalDate DECEMBER_10 = LocalDate.of(2026, 12, 10);

    private static String company(DunningTier tier) {
        String company = tier.newCompany("EUR", "en");
        tier.importCsv(ImportKind.CUSTOMERS, "account,name,currency\nC1,One,EUR\n", company);
        tier.importCsv(ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                + "I1,C1,2026-09-01,2026-10-01,EUR,1000.00\n", company);
        tier.tx(s -> s.interest().put(company, new InterestCodeView(null, "INT8", null, DayBasis.ACTUAL_365,
                InterestCalculation.FROM_DUE_DATE, null, false, false, List.of(new InterestCodeView.Rate(
                        LocalDate.of(2000, 1, 1), null, null, null, new BigDecimal("8"))), 0), null, "set-up",
                MANAGER));
        return company;
    }

    private static DocumentView document(DunningTier tier, String company, String document) {
        return tier.tx(s -> s.documents().get(company, document));
    }

    @DatabaseTest
    void aNoteChargesEachPeriodOnceAndIsWaivedReinstatedAndReversedWithItsHistory(TestDatabase db) {
        DunningTier tier = new DunningTier(db, DECEMBER_10);
        String company = company(tier);
        // 1 October to 10 December: 70 days, 1000.00 * 8 % * 70 / 365 = 15.34
        InterestNoteView preview = tier.tx(s -> s.notes().preview(company, "C1", "INT8", DECEMBER_10, ALL));
        assertThat(preview.status()).isEqualTo("PREVIEW");
        assertThat(preview.lines()).extracting(l -> l.document() + " " + l.days() + " " + l.amount().toPlainString())
                .containsExactly("I1 70 15.34");
        InterestNoteView note = tier.tx(s -> s.notes().post(company, "C1", "INT8", DECEMBER_10, ALL, AGENT));
        String charge = note.lines().get(0).chargeDocument();
        assertThat(document(tier, company, charge).amount().amount()).isEqualByComparingTo("15.34");
        assertThat(document(tier, company, charge).appliesTo()).as("in I1's claim").isEqualTo("I1");
        assertThatThrownBy(() -> tier.tx(s -> s.notes().post(company, "C1", "INT8", DECEMBER_10, ALL, AGENT)))
                .as("the period is charged").isInstanceOf(RuleViolationException.class);
        // 10 to 31 December: 21 days, 1000.00 * 8 % * 21 / 365 = 4.60
        assertThat(tier.tx(s -> s.notes().preview(company, "C1", "INT8", LocalDate.of(2026, 12, 31), ALL)).amount())
                .isEqualByComparingTo("4.60");

        // the agent may waive nothing alone: a waiver waits for someone else at the level the amount needs
        InterestNoteView requested = tier.tx(s -> s.notes().waive(company, note.id(), note.version(), "goodwill",
                ALL, AGENT));
        assertThat(requested.status()).isEqualTo("WAIVER_REQUESTED");
        assertThatThrownBy(() -> tier.tx(s -> s.notes().decideWaiver(company, note.id(), requested.version(), true,
                null, ALL, AGENT, ApproverLevel.SENIOR_APPROVER))).isInstanceOf(ForbiddenException.class);
        InterestNoteView waived = tier.tx(s -> s.notes().decideWaiver(company, note.id(), requested.version(), true,
                "ok", ALL, MANAGER, ApproverLevel.CREDIT_MANAGER));
        assertThat(waived.status()).isEqualTo("WAIVED");
        assertThat(waived.decidedBy()).isEqualTo("manager");
        assertThat(document(tier, company, charge).openAmount().amount()).isZero();

        InterestNoteView reinstated = tier.tx(s -> s.notes().reinstate(company, note.id(), waived.version(),
                "waived by mistake", ALL, MANAGER));
        String again = reinstated.lines().get(0).chargeDocument();
        assertThat(again).isEqualTo(charge + "-R1");
        assertThat(document(tier, company, again).openAmount().amount()).isEqualByComparingTo("15.34");

        // within a limit of 20.00 the agent waives at once
        tier.tx(s -> s.notes().putWaiveLimit(company, "agent", new BigDecimal("20.00"), "team lead", MANAGER));
        InterestNoteView alone = tier.tx(s -> s.notes().waive(company, note.id(), reinstated.version(), "goodwill",
                ALL, AGENT));
        assertThat(alone.status()).isEqualTo("WAIVED");
        InterestNoteView posted = tier.tx(s -> s.notes().reinstate(company, note.id(), alone.version(), "after all",
                ALL, MANAGER));
        InterestNoteView reversed = tier.tx(s -> s.notes().reverse(company, note.id(), posted.version(),
                "wrong code", ALL, MANAGER));
        assertThat(reversed.status()).isEqualTo("REVERSED");
        assertThat(document(tier, company, posted.lines().get(0).chargeDocument()).openAmount().amount()).isZero();
        assertThat(tier.tx(s -> s.notes().preview(company, "C1", "INT8", DECEMBER_10, ALL)).amount())
                .as("a reversed note's period may be charged again").isEqualByComparingTo("15.34");
        List<String> history = tier.tx(s -> s.audit().history(company, "collections", "C1",
                org.dunwell.kernel.api.PageRequest.first(50)).items()).stream().map(e -> e.action()).toList();
        assertThat(history).contains("interest-note-posted", "interest-waiver-requested", "interest-waiver-approved",
                "interest-note-reinstated", "interest-note-waived", "interest-note-reversed");
    }

    @DatabaseTest
    void aPaymentThatNamesNothingSettlesTheInterestBeforeThePrincipal(TestDatabase db) {
        DunningTier tier = new DunningTier(db, DECEMBER_10);
        String company = company(tier);
        InterestNoteView note = tier.tx(s -> s.notes().post(company, "C1", "INT8", DECEMBER_10, ALL, AGENT));
        tier.importCsv(ImportKind.PAYMENTS, "document,account,date,currency,amount\nP1,C1,2026-12-11,EUR,20.00\n",
                company);
        tier.tx(s -> s.settlements().settle(new SettlementRequest(company, "P1", List.of(), null, null, false),
                UserName.of("erp")));
        assertThat(document(tier, company, note.lines().get(0).chargeDocument()).openAmount().amount()).isZero();
        assertThat(document(tier, company, "I1").openAmount().amount()).isEqualByComparingTo("995.34");
    }
}
