package org.dunwell.credit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.CreditRuleView;
import org.dunwell.credit.api.CreditSettingsView;
import org.dunwell.credit.api.LimitGroupView;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Changes that raise headroom wait for a second person; what tightens applies at once; approval applies the rest. */
class CreditChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final UserName CREDIT = UserName.of("credit");
    private static final UserName ADMIN = UserName.of("admin");
    private static final UserName CFO = UserName.of("cfo");

    private static ProfileChanges changes(LimitType type, Boolean mandatory, String group, String expires,
                                          String hold, Integer score) {
        return new ProfileChanges(type, mandatory, group, expires, hold, null, score);
    }

    private static long version(Credit c, String company, String account) {
        return c.tx(s -> s.profiles().profile(company, account, TODAY, ALL)).version();
    }

    @DatabaseTest
    void aMixedChangeTightensAtOnceAndTheLooseningWaitsUntilSomeoneElseApprovesIt(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "900.00", "0.00", 0);
        c.tx(s -> s.profiles().putGroup(company, "BIG", Money.of("10000.00", "EUR"), null, CREDIT, "wide"));
        Changed<CreditProfileView> tight = c.tx(s -> s.profiles().update(company, "C1", version(c, company, "C1"),
                changes(LimitType.BALANCE_PACKING_SLIPS_ORDERS, true, null, "2027-01-31", "FRAUD", null), ALL, CREDIT,
                "tight"));
        assertThat(tight.waiting()).isFalse();
        assertThat(tight.current().holdReason()).isEqualTo("FRAUD");

        Changed<CreditProfileView> mixed = c.tx(s -> s.profiles().update(company, "C1", tight.current().version(),
                changes(LimitType.BALANCE, false, "BIG", "", "", 99), ALL, CREDIT, "looser terms"));
        assertThat(mixed.waiting()).isTrue();
        CreditProfileView unchanged = mixed.current();
        assertThat(unchanged.limitType()).isEqualTo(LimitType.BALANCE_PACKING_SLIPS_ORDERS);
        assertThat(unchanged.mandatoryLimit()).isTrue();
        assertThat(unchanged.limitGroup()).isNull();
        assertThat(unchanged.limitExpiresOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(unchanged.holdReason()).isEqualTo("FRAUD");
        assertThat(unchanged.exposure().available()).isEqualTo(Money.of("100.00", "EUR"));
        CreditChangeView pending = mixed.pending();
        assertThat(pending.fields()).extracting(CreditChangeView.Field::name).containsExactly("limitType",
                "mandatoryLimit", "limitGroup", "limitExpiresOn", "holdReason", "bureauScore");
        assertThat(pending.approverLevel()).isEqualTo(ApproverLevel.CREDIT_MANAGER);

        assertThatThrownBy(() -> c.tx(s -> s.changes().approve(company, pending.id(), null, null, CREDIT,
                ApproverLevel.SENIOR_APPROVER))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> c.tx(s -> s.changes().reject(company, pending.id(), null, " ", ADMIN,
                ApproverLevel.SENIOR_APPROVER))).isInstanceOf(InvalidInputException.class);
        CreditChangeView approved = c.tx(s -> s.changes().approve(company, pending.id(), pending.version(), "fine",
                ADMIN, ApproverLevel.SENIOR_APPROVER));
        assertThat(approved.status()).isEqualTo("APPROVED");
        CreditProfileView after = c.tx(s -> s.profiles().profile(company, "C1", TODAY, ALL));
        assertThat(after.limitType()).isEqualTo(LimitType.BALANCE);
        assertThat(after.mandatoryLimit()).isFalse();
        assertThat(after.limitGroup()).isEqualTo("BIG");
        assertThat(after.limitExpiresOn()).isNull();
        assertThat(after.holdReason()).isNull();
        assertThat(after.bureauScore()).isEqualTo(99);
        assertThat(after.exposure().available()).isEqualTo(Money.of("9100.00", "EUR"));
        assertThat(c.tx(s -> s.profiles().history(company, "C1", ALL, PageRequest.first(50))).items())
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo("limitGroup");
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.reason()).contains("looser terms").contains("credit").contains("fine");
                });
    }

    @DatabaseTest
    void aChangeWhoseFieldsMovedSinceItWasAskedIsNotApplied(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "0.00", "0.00", 0);
        c.tx(s -> s.profiles().update(company, "C1", version(c, company, "C1"), changes(null, null, null, null,
                "FRAUD", null), ALL, CREDIT, "hold"));
        CreditChangeView release = c.tx(s -> s.profiles().update(company, "C1", version(c, company, "C1"),
                changes(null, null, null, null, "", null), ALL, CREDIT, "paid")).pending();
        c.tx(s -> s.profiles().update(company, "C1", version(c, company, "C1"), changes(null, null, null, null,
                "LEGAL", null), ALL, CREDIT, "other reason"));
        assertThatThrownBy(() -> c.tx(s -> s.changes().approve(company, release.id(), null, null, CFO,
                ApproverLevel.SENIOR_APPROVER))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("holdReason is LEGAL now, not FRAUD");
        assertThat(c.tx(s -> s.profiles().profile(company, "C1", TODAY, ALL)).holdReason()).isEqualTo("LEGAL");
    }

    @DatabaseTest
    void aHigherGroupLimitIsRoutedByItsAmountAndALowerOneAppliesAtOnce(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "0.00", "0.00", 0);
        c.tx(s -> s.profiles().putGroup(company, "G", Money.of("10000.00", "EUR"), null, CREDIT, "new"));
        Changed<LimitGroupView> lower = c.tx(s -> s.profiles().putGroup(company, "G", Money.of("8000.00", "EUR"),
                null, CREDIT, "less"));
        assertThat(lower.waiting()).isFalse();
        assertThat(lower.current().creditLimit()).isEqualTo(Money.of("8000.00", "EUR"));
        Changed<LimitGroupView> higher = c.tx(s -> s.profiles().putGroup(company, "G", Money.of("60000.00", "EUR"),
                null, ADMIN, "more"));
        assertThat(higher.current().creditLimit()).isEqualTo(Money.of("8000.00", "EUR"));
        assertThat(higher.pending().approverLevel()).isEqualTo(ApproverLevel.SENIOR_APPROVER);
        assertThatThrownBy(() -> c.tx(s -> s.changes().approve(company, higher.pending().id(), null, null, CREDIT,
                ApproverLevel.CREDIT_MANAGER))).isInstanceOf(ForbiddenException.class).hasMessageContaining("senior");
        c.tx(s -> s.changes().approve(company, higher.pending().id(), null, null, CFO, ApproverLevel.SENIOR_APPROVER));
        assertThat(c.tx(s -> s.profiles().group(company, "G", TODAY)).creditLimit())
                .isEqualTo(Money.of("60000.00", "EUR"));
    }

    @DatabaseTest
    void loosenedRulesAndSettingsWaitAndStricterOnesApplyAtOnce(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "0.00", "0.00", 0);
        CreditRuleView rule = c.tx(s -> s.rules().create(company, CreditRuleType.OVERDUE_DAYS, new BigDecimal("30"),
                List.of(), CreditCheckDecision.REVIEW, true, CREDIT));
        Changed<CreditRuleView> stricter = c.tx(s -> s.rules().update(company, rule.id(), rule.version(),
                new BigDecimal("20"), List.of(), CreditCheckDecision.BLOCKED, true, "stricter", CREDIT));
        assertThat(stricter.waiting()).isFalse();
        assertThat(stricter.current().threshold()).isEqualByComparingTo("20");
        Changed<CreditRuleView> looser = c.tx(s -> s.rules().update(company, rule.id(), stricter.current().version(),
                new BigDecimal("60"), List.of(), CreditCheckDecision.BLOCKED, true, "looser", CREDIT));
        assertThat(looser.waiting()).isTrue();
        assertThat(looser.pending().approverLevel()).isEqualTo(ApproverLevel.SENIOR_APPROVER);
        Changed<CreditRuleView> removal = c.tx(s -> s.rules().delete(company, rule.id(), stricter.current().version(),
                "not needed", CREDIT));
        assertThat(removal.waiting()).isTrue();
        List<CreditRuleView> stillThere = c.tx(s -> s.rules().rules(company));
        assertThat(stillThere).extracting(CreditRuleView::id).contains(rule.id());

        c.tx(s -> s.changes().approve(company, looser.pending().id(), null, null, CFO, ApproverLevel.SENIOR_APPROVER));
        CreditRuleView applied = c.tx(s -> s.rules().rules(company)).stream().filter(r -> r.id() == rule.id())
                .findFirst().orElseThrow();
        assertThat(applied.threshold()).isEqualByComparingTo("60");
        // the deletion was asked of the rule as it was before: it changed since
        assertThatThrownBy(() -> c.tx(s -> s.changes().approve(company, removal.pending().id(), null, null, CFO,
                ApproverLevel.SENIOR_APPROVER))).isInstanceOf(ConflictException.class);

        CreditSettingsView settings = c.tx(s -> s.rules().settings(company));
        Changed<CreditSettingsView> lowerThreshold = c.tx(s -> s.rules().updateSettings(company, settings.version(),
                withThreshold(settings, "40000"), "lower", CREDIT));
        assertThat(lowerThreshold.waiting()).isFalse();
        Changed<CreditSettingsView> higherThreshold = c.tx(s -> s.rules().updateSettings(company,
                lowerThreshold.current().version(), withThreshold(settings, "90000"), "higher", CREDIT));
        assertThat(higherThreshold.waiting()).isTrue();
        assertThat(c.tx(s -> s.rules().settings(company)).approvalThreshold()).isEqualByComparingTo("40000");
        c.tx(s -> s.changes().approve(company, higherThreshold.pending().id(), null, null, ADMIN,
                ApproverLevel.SENIOR_APPROVER));
        assertThat(c.tx(s -> s.rules().settings(company)).approvalThreshold()).isEqualByComparingTo("90000");
        assertThat(c.tx(s -> s.changes().list(company, "APPROVED", PageRequest.first(10))).total()).isEqualTo(2);
    }

    private static CreditSettingsView withThreshold(CreditSettingsView s, String threshold) {
        return new CreditSettingsView(s.company(), new BigDecimal(threshold), s.paymentWeight(), s.exposureWeight(),
                s.relationshipWeight(), s.overdueWeight(), s.bureauWeight(), s.bandA(), s.bandB(), s.bandC(),
                s.bandD(), s.approvedOrderDays(), s.version());
    }
}
