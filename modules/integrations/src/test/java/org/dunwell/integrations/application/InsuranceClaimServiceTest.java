package org.dunwell.integrations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.integrations.api.ClaimApplication;
import org.dunwell.integrations.api.ClaimKind;
import org.dunwell.integrations.api.ClaimState;
import org.dunwell.integrations.api.InsuranceClaimView;
import org.dunwell.integrations.api.InsuredInvoice;
import org.dunwell.integrations.api.InsurerClaimAnswer;
import org.dunwell.integrations.api.InsurerGateway;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.integrations.infrastructure.JdbcClaimStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.CustomerLocks;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.ReceivedPayment;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.api.Settlements;
import org.dunwell.ledger.infrastructure.jdbc.JdbcCustomerScopeSql;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.Stubs;
import org.dunwell.testkit.TestDatabase;

/**
 * Notices and claims to the customer's insurer, kept in the real tables on both databases: a notice names overdue
 * invoices only; a claim is kept before the insurer is asked, so an insurer that is down gets the same claim number
 * again on refresh, never a second claim; its later states come by refresh or push; nothing follows a paid claim.
 */
class InsuranceClaimServiceTest {

    private static final UserName CLERK = UserName.of("clerk");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static final class World {
        final TestDatabase db;
        final String company = "CL" + System.nanoTime() % 1_000_000_000L;
        final List<AuditEntry> audited = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        boolean insured = true;
        boolean down;
        InsurerClaimAnswer claimAnswer;
        final List<ReceivedPayment> booked = new ArrayList<>();
        final List<SettlementRequest> settled = new ArrayList<>();

        World(TestDatabase db) {
            this.db = db;
            db.migrate();
        }

        <T> T run(Function<InsuranceClaimService, T> work) {
            return db.inTransaction("integrations-test", (EntityManager em) -> work.apply(service(em)));
        }

        InsuranceClaimService service(EntityManager em) {
            Customers customers = Stubs.of(Customers.class, Map.of("get", a -> new CustomerView(company, "C-1",
                    "Kunde GmbH", "EUR", "de", null, null, 30, null, null, null, null, List.of(), null, 3)));
            Documents documents = Stubs.of(Documents.class, Map.of("get", a -> invoice((String) a[1]),
                    "postReceivedPayment", a -> {
                        booked.add((ReceivedPayment) a[0]);
                        return null;
                    }));
            Settlements settlements = Stubs.of(Settlements.class, Map.of("settle", a -> {
                settled.add((SettlementRequest) a[0]);
                return null;
            }));
            CustomerLocks locks = Stubs.of(CustomerLocks.class, Map.of("lock", a -> null));
            CreditProfiles profiles = Stubs.of(CreditProfiles.class, Map.of("profile", a -> new CreditProfileView(
                    company, "C-1", "EUR", TODAY, null, false, null, null, null, null, null, null, null,
                    insured ? new CreditProfileView.Insurance("insurer-b", "CV-9", Money.of("50000.00", "EUR"), null,
                            TODAY.minusYears(1), null, true, null, null, null, 1) : null,
                    null, null, null, null, null, 0, null, null, 5)));
            PluginConfigurations configurations = Stubs.of(PluginConfigurations.class, Map.of("enabled",
                    a -> Optional.of(new PluginRuntimeConfiguration(company, "insurer-b", Map.of(), Map.of()))));
            InsurerGateway insurer = Stubs.of(InsurerGateway.class, Map.of(
                    "insurerPlugins", a -> List.of("insurer-b"),
                    "notifyOverdue", a -> {
                        asked.add("notice " + a[2] + " " + numbers(a[4]));
                        return "N-1";
                    },
                    "fileClaim", a -> {
                        asked.add("claim " + a[2] + " " + numbers(a[5]) + " " + a[6]);
                        if (down) {
                            throw new UnavailableException("credit insurance is unavailable: timed out");
                        }
                        return claimAnswer;
                    },
                    "claimStatus", a -> {
                        asked.add("status " + a[2]);
                        return claimAnswer;
                    }));
            AuditTrail audit = Stubs.of(AuditTrail.class, Map.of("record", a -> audited.add((AuditEntry) a[0])));
            JdbcClaimStore store = new JdbcClaimStore(em, new JdbcCustomerScopeSql());
            return new InsuranceClaimService(customers, documents, profiles, configurations, insurer, store,
                    new InsuranceClaimRecorder(store, audit, BusinessClock.fixedAt(TODAY), documents, settlements, locks),
                    BusinessClock.fixedAt(TODAY));
        }

        @SuppressWarnings("unchecked")
        static String numbers(Object invoices) {
            return ((List<InsuredInvoice>) invoices).stream().map(InsuredInvoice::number).toList().toString();
        }

        DocumentView invoice(String number) {
            LocalDate due = number.equals("NOT-DUE") ? TODAY.plusDays(5) : TODAY.minusDays(60);
            Money open = Money.of(number.equals("PAID") ? "0.00" : "1200.00", "EUR");
            return new DocumentView(company, number, DocumentKind.INVOICE, "C-1", due.minusDays(30), due,
                    Money.of("1200.00", "EUR"), open, null, null, null, null, DocumentStatus.POSTED,
                    CollectionStatus.NONE, null, null, "erp", Instant.parse("2026-08-01T00:00:00Z"), 1);
        }
    }

    @DatabaseTest
    void aNoticeNamesOverdueOpenInvoicesOfAnInsuredCustomer(TestDatabase db) {
        World w = new World(db);
        InsuranceClaimView notice = w.run(s -> s.notifyOverdue(w.company, new ClaimApplication("C-1",
                List.of("INV-1", "INV-1"), "60 days overdue"), CustomerScope.ALL, CLERK));
        assertThat(notice.kind()).isEqualTo(ClaimKind.NOTICE);
        assertThat(notice.state()).isEqualTo(ClaimState.NOTIFIED);
        assertThat(notice.insurerReference()).isEqualTo("N-1");
        assertThat(notice.coverReference()).isEqualTo("CV-9");
        assertThat(notice.amount()).isEqualTo(Money.of("1200.00", "EUR"));
        assertThat(w.asked).containsExactly("notice CV-9 [INV-1]");
        assertThatThrownBy(() -> w.run(s -> s.refresh(w.company, notice.id(), CustomerScope.ALL, CLERK)))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> w.run(s -> s.notifyOverdue(w.company, new ClaimApplication("C-1", List.of("NOT-DUE"),
                "r"), CustomerScope.ALL, CLERK))).isInstanceOf(InvalidInputException.class).hasMessageContaining("overdue");
        assertThatThrownBy(() -> w.run(s -> s.file(w.company, new ClaimApplication("C-1", List.of("PAID"), "r"),
                CustomerScope.ALL, CLERK))).isInstanceOf(InvalidInputException.class);
        w.insured = false;
        assertThatThrownBy(() -> w.run(s -> s.notifyOverdue(w.company, new ClaimApplication("C-1", List.of("INV-1"),
                "r"), CustomerScope.ALL, CLERK))).isInstanceOf(RuleViolationException.class);
        assertThat(w.asked).hasSize(1);
    }

    @DatabaseTest
    void aClaimTheInsurerDidNotAnswerIsFiledAgainUnderItsNumberAndFollowedUntilPaid(TestDatabase db) {
        World w = new World(db);
        w.down = true;
        InsuranceClaimView filing = w.run(s -> s.file(w.company, new ClaimApplication("C-1", List.of("INV-1",
                "INV-2"), "insolvency"), CustomerScope.ALL, CLERK));
        assertThat(filing.state()).isEqualTo(ClaimState.FILING);
        assertThat(filing.lastError()).contains("timed out");
        assertThat(filing.claimNumber()).isEqualTo("DW-CLM-" + filing.id());

        w.down = false;
        w.claimAnswer = new InsurerClaimAnswer("K-7", filing.claimNumber(), ClaimState.FILED, null, null);
        InsuranceClaimView filed = w.run(s -> s.refresh(w.company, filing.id(), CustomerScope.ALL, CLERK));
        assertThat(filed.state()).isEqualTo(ClaimState.FILED);
        assertThat(filed.insurerReference()).isEqualTo("K-7");
        assertThat(filed.lastError()).isNull();
        String claim = "claim " + filing.claimNumber() + " [INV-1, INV-2] 2400.00 EUR";
        assertThat(w.asked).as("the same claim twice, never a second").containsExactly(claim, claim);

        w.claimAnswer = new InsurerClaimAnswer("K-7", null, ClaimState.UNDER_REVIEW, null, null);
        assertThat(w.run(s -> s.refresh(w.company, filing.id(), CustomerScope.ALL, CLERK)).state())
                .isEqualTo(ClaimState.UNDER_REVIEW);
        assertThat(w.asked).last().isEqualTo("status K-7");

        int pushed = w.run(s -> s.receive(w.company, "insurer-b", List.of(new InsurerClaimAnswer("K-7", null,
                ClaimState.PAID, Money.of("2160.00", "EUR"), "90% of the loss"), new InsurerClaimAnswer("K-OTHER",
                null, ClaimState.PAID, Money.of("1.00", "EUR"), null)), UserName.SYSTEM));
        assertThat(pushed).isEqualTo(1);
        InsuranceClaimView paid = w.run(s -> s.get(w.company, filing.id(), CustomerScope.ALL));
        assertThat(paid.state()).isEqualTo(ClaimState.PAID);
        assertThat(paid.settledAmount()).isEqualTo(Money.of("2160.00", "EUR"));
        String document = InsuranceClaimRecorder.paymentDocument(filing.claimNumber());
        assertThat(document).isEqualTo("INS-DW-CLM-" + filing.id());
        assertThat(w.booked).as("the insurer's payment, booked on the customer's account").singleElement()
                .satisfies(p -> {
                    assertThat(p.document()).isEqualTo(document);
                    assertThat(p.amount()).isEqualByComparingTo("2160.00");
                    assertThat(p.date()).isEqualTo(TODAY);
                    assertThat(p.account()).isEqualTo("C-1");
                    assertThat(p.reference()).isEqualTo("insurer-b K-7");
                });
        assertThat(w.settled).singleElement().satisfies(r -> {
            assertThat(r.credit()).isEqualTo(document);
            assertThat(r.debits()).containsExactly("INV-1", "INV-2");
        });
        int again = w.run(s -> s.receive(w.company, "insurer-b", List.of(new InsurerClaimAnswer("K-7", null,
                ClaimState.PAID, Money.of("2160.00", "EUR"), "90% of the loss")), UserName.SYSTEM));
        assertThat(again).isZero();
        assertThat(w.booked).as("told again: booked once").hasSize(1);
        assertThatThrownBy(() -> w.run(s -> s.refresh(w.company, filing.id(), CustomerScope.ALL, CLERK)))
                .isInstanceOf(ConflictException.class);
        assertThat(w.audited).extracting(AuditEntry::action).containsExactly("claim-filed", "claim-answered",
                "claim-answered", "claim-answered", "claim-payment");
        assertThat(w.run(s -> s.list(w.company, "C-1", ClaimKind.CLAIM, CustomerScope.ALL, PageRequest.first(5)))
                .items()).extracting(InsuranceClaimView::id).containsExactly(filing.id());
    }
}
