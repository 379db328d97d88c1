package org.dunwell.collections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.DisputeDraft;
import org.dunwell.collections.api.PromiseDraft;
import org.dunwell.collections.api.PromiseEvaluation;
import org.dunwell.collections.api.PromisePerformance;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.PromiseView;
import org.dunwell.collections.support.CollectionsTier;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Payment promises over the real ledger: made on open invoices only, judged on the money settled against their
 * invoices between the day they were made and their deadline (promised date + grace days), escalated when
 * broken, and seen only within the caller's scope.
 */
class PromisesTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 2);
    private static final UserName AGENT = UserName.of("agent");

    /** C1 (NORTH): I1 300.00, I2 200.00; C2 (SOUTH): I3 100.00. All overdue on 2 November. */
    private static String ledger(CollectionsTier tier) {
        String company = tier.companyWithNorthAndSouth();
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,300.00
                I2,C1,2026-09-15,2026-10-15,EUR,200.00
                I3,C2,2026-09-20,2026-10-20,EUR,100.00
                """, company);
        return company;
    }

    private static PromiseView promise(CollectionsTier tier, String company, String account, String amount,
                                       LocalDate by, String... invoices) {
        return tier.tx(s -> s.promises().create(company, new PromiseDraft(account, new BigDecimal(amount), null, by,
                List.of(invoices), "Ms Payer", null, null), ALL, AGENT));
    }

    private static CollectionStatus statusOf(CollectionsTier tier, String company, String invoice) {
        return tier.tx(s -> s.documents().get(company, invoice)).collectionStatus();
    }

    @DatabaseTest
    void aPromiseIsKeptOrBrokenByWhatArrivedByItsDeadlineAndABrokenOneIsEscalated(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, MADE);
        String company = ledger(tier);
        tier.tx(s -> s.promises().setGraceDays(company, 2, UserName.of("manager")));
        PromiseView full = promise(tier, company, "C1", "300.00", LocalDate.of(2026, 11, 10), "I1");
        PromiseView part = promise(tier, company, "C2", "100.00", LocalDate.of(2026, 11, 5), "I3");
        assertThat(full.deadline()).as("promised date + 2 grace days").isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(full.agent()).as("the maker, when no agent is named").isEqualTo("agent");
        assertThat(statusOf(tier, company, "I1")).isEqualTo(CollectionStatus.PROMISED);
        assertThat(statusOf(tier, company, "I2")).as("not promised").isEqualTo(CollectionStatus.NONE);
        // 300.00 on day 11 (inside the grace days) for I1; only 60.00 of the 100.00 for I3
        tier.importCsv(ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                PAY1,C1,2026-11-11,EUR,300.00,I1
                PAY2,C2,2026-11-06,EUR,60.00,I3
                """, company);

        CollectionsTier on12 = new CollectionsTier(db, LocalDate.of(2026, 11, 12));
        PromiseEvaluation early = on12.tx(s -> s.promises().evaluate(company, LocalDate.of(2026, 11, 6), AGENT));
        assertThat(early).as("on the 6th: nothing is due yet, and 60.00 keeps nothing")
                .isEqualTo(new PromiseEvaluation(LocalDate.of(2026, 11, 6), 2, 0, 0));

        PromiseEvaluation judged = on12.tx(s -> s.promises().evaluate(company, LocalDate.of(2026, 11, 13), AGENT));
        assertThat(judged).isEqualTo(new PromiseEvaluation(LocalDate.of(2026, 11, 13), 2, 1, 1));
        PromiseView kept = on12.tx(s -> s.promises().get(company, full.id(), ALL));
        PromiseView broken = on12.tx(s -> s.promises().get(company, part.id(), ALL));
        assertThat(kept.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(kept.received()).isEqualTo(Money.of("300.00", "EUR"));
        assertThat(broken.status()).isEqualTo(PromiseStatus.BROKEN);
        assertThat(broken.received()).isEqualTo(Money.of("60.00", "EUR"));
        assertThat(broken.escalationActivityId()).isNotNull();
        var escalation = on12.tx(s -> s.activities().get(company, broken.escalationActivityId(), ALL));
        assertThat(escalation.account()).isEqualTo("C2");
        assertThat(escalation.responsible()).isEqualTo("agent");
        assertThat(escalation.purpose()).startsWith("Broken promise " + part.id() + ": 60.00 of 100.00");
        assertThat(statusOf(tier, company, "I3")).as("no longer promised").isEqualTo(CollectionStatus.NONE);

        PromiseEvaluation again = on12.tx(s -> s.promises().evaluate(company, LocalDate.of(2026, 11, 14), AGENT));
        assertThat(again).as("judged once: a second run finds nothing open")
                .isEqualTo(new PromiseEvaluation(LocalDate.of(2026, 11, 14), 0, 0, 0));
        List<PromisePerformance> performance = on12.tx(s -> s.promises().performance(company, null, null, ALL));
        assertThat(performance).containsExactly(new PromisePerformance("EUR", 2, Money.of("400.00", "EUR"), 1,
                Money.of("300.00", "EUR"), 1, Money.of("100.00", "EUR"), 0, Money.of("0.00", "EUR")));
    }

    @DatabaseTest
    void whatCannotBePromisedIsRefusedAndNothingIsWritten(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, MADE);
        String company = ledger(tier);
        LocalDate by = LocalDate.of(2026, 11, 20);
        assertThatThrownBy(() -> promise(tier, company, "C1", "300.01", by, "I1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("300.00");
        assertThatThrownBy(() -> promise(tier, company, "C1", "100.00", by, "I3"))
                .as("another customer's invoice").isInstanceOf(InvalidInputException.class);
        tier.tx(s -> s.disputes().open(company, new DisputeDraft("I2", null, null, "PRICE", "wrong price", null),
                ALL, AGENT));
        assertThatThrownBy(() -> promise(tier, company, "C1", "100.00", by, "I2"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("disputed");
        promise(tier, company, "C1", "100.00", by, "I1");
        assertThatThrownBy(() -> promise(tier, company, "C1", "50.00", by, "I1"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("open promise");
        assertThat(tier.tx(s -> s.promises().list(company, null, null, null, ALL, PageRequest.first(10))).total())
                .as("only the one promise that could be made").isEqualTo(1);
    }

    @DatabaseTest
    void anAgentSeesAndChangesOnlyThePromisesOfItsCustomers(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, MADE);
        String company = ledger(tier);
        LocalDate by = LocalDate.of(2026, 11, 20);
        PromiseView north = promise(tier, company, "C1", "100.00", by, "I1");
        PromiseView south = promise(tier, company, "C2", "100.00", by, "I3");
        CustomerScope southOnly = CustomerScope.anyOf(List.of(new CustomerCriteria(company, "SOUTH", null, null)));

        assertThat(tier.tx(s -> s.promises().list(company, null, null, null, southOnly, PageRequest.first(10)))
                .items()).extracting(PromiseView::id).containsExactly(south.id());
        assertThat(tier.tx(s -> s.promises().get(company, south.id(), southOnly)).account()).isEqualTo("C2");
        String missing = catchThrowable(() -> tier.tx(s -> s.promises().get(company, 999_999_999L, southOnly)))
                .getMessage().replace("999999999", Long.toString(north.id()));
        assertThatThrownBy(() -> tier.tx(s -> s.promises().get(company, north.id(), southOnly)))
                .as("hidden is reported as missing").isInstanceOf(NotFoundException.class).hasMessage(missing);
        assertThatThrownBy(() -> tier.tx(s -> s.promises().cancel(company, north.id(), north.version(), "no",
                southOnly, AGENT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.promises().create(company, new PromiseDraft("C1",
                new BigDecimal("10.00"), null, by, List.of("I2"), null, null, null), southOnly, AGENT)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("customer 'C1'");
        String missingInvoice = catchThrowable(() -> tier.tx(s -> s.promises().create(company, new PromiseDraft("C2",
                new BigDecimal("10.00"), null, by, List.of("NOPE"), null, null, null), southOnly, AGENT)))
                .getMessage().replace("NOPE", "I2");
        assertThatThrownBy(() -> tier.tx(s -> s.promises().create(company, new PromiseDraft("C2",
                new BigDecimal("10.00"), null, by, List.of("I2"), null, null, null), southOnly, AGENT)))
                .as("a hidden customer's invoice is not named as someone else's")
                .isInstanceOf(NotFoundException.class).hasMessage(missingInvoice);
        assertThatThrownBy(() -> tier.tx(s -> s.promises().performance(company, "C1", null, southOnly)))
                .isInstanceOf(NotFoundException.class);
        assertThat(tier.tx(s -> s.promises().get(company, north.id(), ALL)).status()).as("untouched")
                .isEqualTo(PromiseStatus.OPEN);
        List<PromisePerformance> seen = tier.tx(s -> s.promises().performance(company, null, null, southOnly));
        assertThat(seen).extracting(PromisePerformance::made).containsExactly(1);
    }
}
