package org.dunwell.collections.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dunwell.collections.api.ActivityDraft;
import org.dunwell.collections.api.ActivityType;
import org.dunwell.collections.api.ActivityView;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.PoolCondition;
import org.dunwell.collections.api.ReturnedPayment;
import org.dunwell.collections.api.TimelineEntry;
import org.dunwell.collections.support.CollectionsTier;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Activities, cases, the customer timeline and returned payments over the real ledger, each seen only within
 * the caller's scope (a case over two customers only by a scope that sees both).
 */
class ActivitiesCasesAndTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final UserName AGENT = UserName.of("agent");

    /** C1 (NORTH): I1 300.00, paid 100.00 by PAY1 on 10 October; C2 (SOUTH): I2 200.00. */
    private static String ledger(CollectionsTier tier) {
        String company = tier.companyWithNorthAndSouth();
        tier.importCsv(ImportKind.INVOICES, """
                document,account,document_date,due_date,currency,amount
                I1,C1,2026-09-01,2026-10-01,EUR,300.00
                I2,C2,2026-09-15,2026-10-15,EUR,200.00
                """, company);
        tier.importCsv(ImportKind.PAYMENTS, """
                document,account,date,currency,amount,applies_to
                PAY1,C1,2026-10-10,EUR,100.00,I1
                """, company);
        return company;
    }

    private static ActivityDraft call(String account, Long caseId, String... documents) {
        return new ActivityDraft(account, ActivityType.CALL, "ask for payment", null, null, null, null, null, caseId,
                List.of(documents));
    }

    private static CustomerScope only(String company, String region) {
        return CustomerScope.anyOf(List.of(new CustomerCriteria(company, region, null, null)));
    }

    @DatabaseTest
    void anActivityGoesOnlyToSomeoneWhoSeesItsCustomerAndTheReasonIsKept(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        tier.tx(s -> s.collections().createPool(company, "north", List.of(new PoolCondition("region", "=", "NORTH")),
                AGENT));
        tier.tx(s -> s.collections().createPool(company, "south", List.of(new PoolCondition("region", "=", "SOUTH")),
                AGENT));
        // agents are the server's users, across companies: names of this test's own
        String nora = "nora-" + company;
        String sam = "sam-" + company;
        tier.tx(s -> s.collections().assignAgent(nora, company, List.of("north"), "north", 0, "north", AGENT));
        tier.tx(s -> s.collections().assignAgent(sam, company, List.of("south"), "south", 0, "south", AGENT));
        ActivityView call = tier.tx(s -> s.activities().create(company, call("C1", null, "I1"), ALL, AGENT));
        for (String nobody : List.of("nosuchuser", sam, "visitor")) {
            assertThatThrownBy(() -> tier.tx(s -> s.activities().reassign(company, call.id(), call.version(), nobody,
                    "cover", ALL, AGENT))).as(nobody).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining(nobody);
        }
        assertThatThrownBy(() -> tier.tx(s -> s.activities().reassign(company, call.id(), call.version(), nora,
                " ", ALL, AGENT))).isInstanceOf(InvalidInputException.class);
        ActivityView toNora = tier.tx(s -> s.activities().reassign(company, call.id(), call.version(), nora,
                "holiday cover", ALL, AGENT));
        assertThat(toNora.responsible()).isEqualTo(nora);
        ActivityView toManager = tier.tx(s -> s.activities().reassign(company, call.id(), toNora.version(), "manager",
                "needs a manager", ALL, AGENT));
        assertThat(toManager.responsible()).isEqualTo("manager");
        assertThat(tier.tx(s -> s.audit().trail(company, null, "agent", PageRequest.first(50))).items())
                .anySatisfy(e -> {
                    assertThat(e.newValue()).isEqualTo(nora);
                    assertThat(e.reason()).isEqualTo("holiday cover");
                });
    }

    @DatabaseTest
    void activitiesStayOnTheirCustomerAndCloseAllOrNothing(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        ActivityView first = tier.tx(s -> s.activities().create(company, call("C1", null, "I1"), ALL, AGENT));
        assertThat(first.responsible()).as("the maker, when nobody is named").isEqualTo("agent");
        assertThat(first.status()).isEqualTo("OPEN");
        assertThatThrownBy(() -> tier.tx(s -> s.activities().create(company, call("C1", null, "I2"), ALL, AGENT)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of customer C1's");
        assertThatThrownBy(() -> tier.tx(s -> s.activities().create(company, call("C1", 999_999_999L), ALL, AGENT)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown case");
        ActivityView second = tier.tx(s -> s.activities().create(company, call("C1", null), ALL, AGENT));
        tier.tx(s -> s.activities().close(company, second.id(), second.version(), "done", ALL, AGENT));
        assertThatThrownBy(() -> tier.tx(s -> s.activities().closeAll(company, List.of(first.id(), second.id()),
                "bulk", ALL, AGENT))).isInstanceOf(ConflictException.class);
        assertThat(tier.tx(s -> s.activities().get(company, first.id(), ALL)).status())
                .as("all or nothing: the open one stays open").isEqualTo("OPEN");
        assertThatThrownBy(() -> tier.tx(s -> s.activities().reassign(company, first.id(), first.version() + 1,
                "manager", "holiday", ALL, AGENT))).isInstanceOf(StaleVersionException.class);

        ActivityView next = tier.tx(s -> s.activities().followUp(company, first.id(), new ActivityDraft(null,
                ActivityType.EMAIL, "send the statement", null, null, null, null, null, null, List.of()), ALL, AGENT));
        assertThat(next.account()).isEqualTo("C1");
        assertThat(next.followsId()).isEqualTo(first.id());
        assertThat(tier.tx(s -> s.activities().list(company, "agent", "OPEN", null, null, ALL,
                PageRequest.first(10))).items()).extracting(ActivityView::id)
                .containsExactlyInAnyOrder(first.id(), next.id());

        CustomerScope south = only(company, "SOUTH");
        String missing = catchThrowable(() -> tier.tx(s -> s.activities().get(company, 999_999_999L, south)))
                .getMessage().replace("999999999", Long.toString(first.id()));
        assertThatThrownBy(() -> tier.tx(s -> s.activities().get(company, first.id(), south)))
                .isInstanceOf(NotFoundException.class).hasMessage(missing);
        assertThatThrownBy(() -> tier.tx(s -> s.activities().closeAll(company, List.of(first.id()), null, south,
                AGENT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.activities().create(company, call("C1", null), south, AGENT)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("customer 'C1'");
        assertThat(tier.tx(s -> s.activities().list(company, null, null, null, null, south, PageRequest.first(10)))
                .total()).isZero();
    }

    @DatabaseTest
    void anActivityNeitherNamesNorJoinsWhatTheCallerCannotSee(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        CaseView southCase = tier.tx(s -> s.cases().open(company, "South only", "GENERAL", null, null, List.of("I2"),
                ALL, AGENT));
        CustomerScope north = only(company, "NORTH");
        String unknownCase = catchThrowable(() -> tier.tx(s -> s.activities().create(company,
                call("C1", 999_999_999L), north, AGENT))).getMessage().replace("999999999",
                Long.toString(southCase.id()));
        assertThatThrownBy(() -> tier.tx(s -> s.activities().create(company, call("C1", southCase.id()), north,
                AGENT))).as("a hidden case is an unknown case").isInstanceOf(InvalidInputException.class)
                .hasMessage(unknownCase);
        String missingDocument = catchThrowable(() -> tier.tx(s -> s.activities().create(company,
                call("C1", null, "NOPE"), north, AGENT))).getMessage().replace("NOPE", "I2");
        assertThatThrownBy(() -> tier.tx(s -> s.activities().create(company, call("C1", null, "I2"), north, AGENT)))
                .as("a hidden customer's document is not named as someone else's")
                .isInstanceOf(NotFoundException.class).hasMessage(missingDocument);
        assertThat(tier.tx(s -> s.cases().get(company, southCase.id(), ALL)).activities()).isEmpty();
    }

    @DatabaseTest
    void aCaseOverTwoCustomersIsSeenOnlyByAScopeThatSeesBoth(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        CaseView opened = tier.tx(s -> s.cases().open(company, "Group dispute", "GENERAL", null, null,
                List.of("I1", "I2"), ALL, AGENT));
        assertThat(opened.transactions()).containsExactly(new CaseView.Transaction("C1", "I1"),
                new CaseView.Transaction("C2", "I2"));
        assertThat(opened.owner()).isEqualTo("agent");
        assertThat(opened.status()).isEqualTo("OPEN");

        CustomerScope north = only(company, "NORTH");
        String missing = catchThrowable(() -> tier.tx(s -> s.cases().get(company, 999_999_999L, north)))
                .getMessage().replace("999999999", Long.toString(opened.id()));
        assertThatThrownBy(() -> tier.tx(s -> s.cases().get(company, opened.id(), north)))
                .isInstanceOf(NotFoundException.class).hasMessage(missing);
        assertThatThrownBy(() -> tier.tx(s -> s.cases().note(company, opened.id(), "hidden", north, AGENT)))
                .isInstanceOf(NotFoundException.class);
        assertThat(tier.tx(s -> s.cases().list(company, null, null, null, north, PageRequest.first(10))).total())
                .isZero();
        assertThatThrownBy(() -> tier.tx(s -> s.cases().open(company, "mine", "GENERAL", null, null,
                List.of("I1", "I2"), north, AGENT))).as("a document of a hidden customer")
                .isInstanceOf(NotFoundException.class).hasMessageContaining("document 'I2'");
        assertThat(tier.tx(s -> s.cases().list(company, null, null, null, ALL, PageRequest.first(10))).total())
                .as("only the first case was opened").isEqualTo(1);

        assertThatThrownBy(() -> tier.tx(s -> s.cases().changeStatus(company, opened.id(), opened.version(),
                "CLOSED", " ", ALL, AGENT))).isInstanceOf(InvalidInputException.class);
        CaseView closed = tier.tx(s -> s.cases().changeStatus(company, opened.id(), opened.version(), "CLOSED",
                "settled", ALL, AGENT));
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.log()).extracting(CaseView.LogEntry::action, CaseView.LogEntry::detail)
                .contains(tuple("status", "OPEN -> CLOSED: settled"));
        assertThatThrownBy(() -> tier.tx(s -> s.cases().addTransactions(company, opened.id(), opened.version(),
                List.of("I1"), ALL, AGENT))).isInstanceOf(StaleVersionException.class);
    }

    @DatabaseTest
    void theTimelineListsDocumentsNotesAndActionsNewestFirstWithinTheScope(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        tier.tx(s -> s.timelines().addNote(company, "C1", "will pay Friday", ALL, AGENT));
        List<TimelineEntry> money = tier.tx(s -> s.timelines().timeline(company, "C1", TODAY,
                Set.of("INVOICE", "PAYMENT"), ALL, PageRequest.first(10))).items();
        assertThat(money).extracting(TimelineEntry::type, TimelineEntry::date, TimelineEntry::reference,
                TimelineEntry::amount).containsExactly(
                tuple("PAYMENT", LocalDate.of(2026, 10, 10), "PAY1", Money.of("100.00", "EUR")),
                tuple("INVOICE", LocalDate.of(2026, 9, 1), "I1", Money.of("300.00", "EUR")));
        assertThat(money.get(1).summary()).isEqualTo("invoice I1, due 2026-10-01, open 200.00");
        List<TimelineEntry> notes = tier.tx(s -> s.timelines().timeline(company, "C1", TODAY, Set.of("NOTE"), ALL,
                PageRequest.first(10))).items();
        assertThat(notes).extracting(TimelineEntry::summary, TimelineEntry::actor)
                .containsExactly(tuple("will pay Friday", "agent"));
        assertThat(tier.tx(s -> s.timelines().timeline(company, "C1", LocalDate.of(2026, 9, 30),
                Set.of("INVOICE", "PAYMENT"), ALL, PageRequest.first(10))).items())
                .as("as of 30 September: the payment had not arrived").extracting(TimelineEntry::reference)
                .containsExactly("I1");
        assertThatThrownBy(() -> tier.tx(s -> s.timelines().timeline(company, "C1", TODAY, Set.of("GOSSIP"), ALL,
                PageRequest.first(10)))).isInstanceOf(InvalidInputException.class);

        CustomerScope south = only(company, "SOUTH");
        String missing = catchThrowable(() -> tier.tx(s -> s.timelines().timeline(company, "NOPE", TODAY, Set.of(),
                south, PageRequest.first(10)))).getMessage().replace("NOPE", "C1");
        assertThatThrownBy(() -> tier.tx(s -> s.timelines().timeline(company, "C1", TODAY, Set.of(), south,
                PageRequest.first(10)))).isInstanceOf(NotFoundException.class).hasMessage(missing);
        assertThatThrownBy(() -> tier.tx(s -> s.timelines().addNote(company, "C1", "hidden", south, AGENT)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.timelines().history(company, "C1", south, PageRequest.first(10))))
                .isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void aReturnedPaymentIsReversedReopensWhatItPaidAndChargesTheFee(TestDatabase db) {
        CollectionsTier tier = new CollectionsTier(db, TODAY);
        String company = ledger(tier);
        assertThatThrownBy(() -> tier.tx(s -> s.returned().returnPayment(company, "PAY1", TODAY, "NSF",
                new BigDecimal("25.00"), null, only(company, "SOUTH"), AGENT))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("document 'PAY1'");
        ReturnedPayment returned = tier.tx(s -> s.returned().returnPayment(company, "PAY1", TODAY, "NSF",
                new BigDecimal("25.00"), null, ALL, AGENT));
        assertThat(returned.payment().status()).isEqualTo(DocumentStatus.REVERSED);
        assertThat(returned.reopened()).extracting(DocumentView::document, DocumentView::openAmount,
                DocumentView::collectionStatus)
                .containsExactly(tuple("I1", Money.of("300.00", "EUR"), CollectionStatus.PAYMENT_NOT_MADE));
        assertThat(returned.fee().document()).isEqualTo("PAY1-NSF");
        assertThat(returned.fee().kind()).isEqualTo(DocumentKind.FEE);
        assertThat(returned.fee().amount()).isEqualTo(Money.of("25.00", "EUR"));
        assertThat(returned.fee().account()).isEqualTo("C1");
        assertThatThrownBy(() -> tier.tx(s -> s.returned().returnPayment(company, "PAY1", TODAY, "again", null, null,
                ALL, AGENT))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tier.tx(s -> s.returned().returnPayment(company, "I2", TODAY, "NSF", null, null,
                ALL, AGENT))).isInstanceOf(RuleViolationException.class);
        assertThat(tier.tx(s -> s.timelines().history(company, "C1", ALL, PageRequest.first(10))).items())
                .extracting(e -> e.action()).contains("nsf");
    }
}
