package org.dunwell.integrations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.InsuranceTerms;
import org.dunwell.integrations.api.CoverApplication;
import org.dunwell.integrations.api.CoverRequestView;
import org.dunwell.integrations.api.CoverState;
import org.dunwell.integrations.api.InsuranceSubject;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.integrations.api.InsurerGateway;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.integrations.infrastructure.JdbcBureauReportStore;
import org.dunwell.integrations.infrastructure.JdbcCoverRequestStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.Stubs;
import org.dunwell.testkit.TestDatabase;

/**
 * Cover asked of an insurer, its requests kept in the real table on both databases: an answer that comes later is
 * picked up by a refresh and becomes the customer's credit insurance, a withdrawal removes it, an answer already held
 * changes nothing, a closed request is not asked again, a stale one never applies twice, and nothing is recorded
 * when the insurer is down.
 */
class InsuranceCoverServiceTest {

    private static final UserName CREDIT = UserName.of("credit");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static final class World {
        final TestDatabase db;
        final String company = "IC" + System.nanoTime() % 1_000_000_000L;
        final List<AuditEntry> audited = new ArrayList<>();
        final List<InsuranceSubject> asked = new ArrayList<>();
        final List<String> insuranceChanges = new ArrayList<>();
        final AtomicReference<InsurerDecision> insurer = new AtomicReference<>();
        final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        InsuranceTerms insurance;
        boolean enabled = true;

        World(TestDatabase db) {
            this.db = db;
            db.migrate();
        }

        <T> T run(Function<InsuranceCoverService, T> work) {
            Function<EntityManager, T> inTransaction = em -> work.apply(service(em));
            return db.inTransaction("integrations-test", inTransaction);
        }

        CoverRequestView request(CoverApplication application, CustomerScope scope) {
            return run(s -> s.request(company, "C-1", application, scope, CREDIT));
        }

        CoverRequestView refresh(long id) {
            return run(s -> s.refresh(company, id, CustomerScope.ALL, CREDIT));
        }

        InsuranceCoverService service(EntityManager em) {
            BusinessClock clock = BusinessClock.fixedAt(TODAY);
            JdbcCoverRequestStore store = new JdbcCoverRequestStore(em);
            Customers customers = Stubs.of(Customers.class, Map.of("get", a -> {
                if (a[2] == CustomerScope.NONE) {
                    throw new NotFoundException("customer", a[1]);
                }
                return new CustomerView(company, "C-1", "Kunde GmbH", "EUR", "de", null, null, 30, null, null, null,
                        null, List.of(), null, 3);
            }));
            PluginConfigurations configurations = Stubs.of(PluginConfigurations.class, Map.of("enabled",
                    a -> enabled && "insurer-b".equals(a[1]) ? Optional.of(new PluginRuntimeConfiguration(company,
                            "insurer-b", Map.of(), Map.of())) : Optional.empty()));
            InsurerGateway gateway = Stubs.of(InsurerGateway.class, Map.of(
                    "insurerPlugins", a -> List.of("insurer-c", "insurer-b"),
                    "requestCover", a -> {
                        assertThat(a[1]).as("the enabled insurer is asked").isEqualTo("insurer-b");
                        asked.add((InsuranceSubject) a[2]);
                        return answer();
                    },
                    "coverStatus", a -> {
                        assertThat(a[2]).isEqualTo("CV-9");
                        return answer();
                    }));
            return new InsuranceCoverService(customers, configurations, gateway, store, new JdbcBureauReportStore(em),
                    profiles(), recorder(em), clock);
        }

        CreditProfiles profiles() {
            return Stubs.of(CreditProfiles.class, Map.of(
                    "profile", a -> new CreditProfileView(company, "C-1", "EUR", TODAY, null, false, null, null, null,
                            null, null, null, null, insurance == null ? null : new CreditProfileView.Insurance(
                                    insurance.insurer(), insurance.policy(), insurance.insuredLimit(),
                                    insurance.coveragePercent(), insurance.validFrom(), insurance.validTo(), true, null,
                                    null, null, 1), null, null, null, null, null, 0, null, null, 5),
                    "putInsurance", a -> {
                        insurance = (InsuranceTerms) a[3];
                        insuranceChanges.add("set " + insurance.policy() + " " + insurance.insuredLimit() + " by "
                                + a[5] + ": " + a[6]);
                        return null;
                    },
                    "removeInsurance", a -> {
                        insuranceChanges.add("removed by " + a[3] + ": " + a[4]);
                        insurance = null;
                        return null;
                    }));
        }

        InsuranceCoverRecorder recorder(EntityManager em) {
            AuditTrail audit = Stubs.of(AuditTrail.class, Map.of("record", a -> audited.add((AuditEntry) a[0])));
            return new InsuranceCoverRecorder(new JdbcCoverRequestStore(em), profiles(), audit,
                    BusinessClock.fixedAt(TODAY));
        }

        InsurerDecision answer() {
            if (failure.get() != null) {
                throw failure.get();
            }
            return insurer.get();
        }
    }

    private static InsurerDecision granted(String limit) {
        return new InsurerDecision("CV-9", CoverState.PARTIALLY_GRANTED, Money.of(limit, "EUR"), new BigDecimal("90"),
                TODAY, LocalDate.of(2027, 12, 3), List.of("no cover for deliveries before 2026-12-01"));
    }

    private static InsurerDecision pending() {
        return new InsurerDecision("CV-9", CoverState.PENDING, null, null, null, null, null);
    }

    @DatabaseTest
    void aLaterDecisionIsPickedUpByARefreshAndBecomesTheCustomersInsurance(TestDatabase db) {
        World w = new World(db);
        w.insurer.set(pending());
        CoverRequestView asked = w.request(new CoverApplication("50000", "HRB 1", "de", "new contract"),
                CustomerScope.ALL);

        assertThat(w.asked).containsExactly(new InsuranceSubject("C-1", "Kunde GmbH", "HRB 1", "DE",
                Money.of("50000.00", "EUR"), null));
        assertThat(asked.state()).isEqualTo(CoverState.PENDING);
        assertThat(asked.requestedAmount()).isEqualTo(Money.of("50000.00", "EUR"));
        assertThat(asked.requestedBy()).isEqualTo("credit");
        assertThat(asked.decidedAt()).isNull();
        assertThat(w.insuranceChanges).isEmpty();
        assertThat(w.run(s -> s.pending(w.company, PageRequest.first(10))).items()).extracting(CoverRequestView::id)
                .containsExactly(asked.id());

        assertThat(w.refresh(asked.id()).version()).as("still pending: nothing recorded").isEqualTo(asked.version());

        w.insurer.set(granted("40000"));
        CoverRequestView decided = w.refresh(asked.id());
        assertThat(decided.state()).isEqualTo(CoverState.PARTIALLY_GRANTED);
        assertThat(decided.insuredLimit()).isEqualTo(Money.of("40000.00", "EUR"));
        assertThat(decided.coveragePercent()).isEqualByComparingTo("90");
        assertThat(decided.conditions()).containsExactly("no cover for deliveries before 2026-12-01");
        assertThat(decided.outcome()).isEqualTo("set as the customer's credit insurance");
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(w.insuranceChanges).containsExactly("set CV-9 40000.00 EUR by credit: insurer-b decided cover CV-9:"
                + " PARTIALLY_GRANTED");
        assertThat(w.run(s -> s.pending(w.company, PageRequest.first(10))).total()).isZero();

        assertThat(w.refresh(asked.id())).as("the same answer again changes nothing").isEqualTo(decided);
        assertThat(w.insuranceChanges).hasSize(1);
        assertThat(w.audited).extracting(AuditEntry::action).containsExactly("requested", "decided");
        assertThat(w.audited.get(1).oldValue()).isEqualTo("PENDING");
        assertThat(w.audited.get(1).actor()).isEqualTo("credit");
    }

    @DatabaseTest
    void aWithdrawalRemovesTheCoverAndClosesTheRequestAndAChangeNamesTheCoverItChanges(TestDatabase db) {
        World w = new World(db);
        w.insurer.set(granted("40000"));
        CoverRequestView first = w.request(new CoverApplication("40000", null, "DE", "first"), CustomerScope.ALL);
        assertThat(first.state()).isEqualTo(CoverState.PARTIALLY_GRANTED);
        assertThat(w.insurance.policy()).isEqualTo("CV-9");

        CoverRequestView more = w.request(new CoverApplication("60000", null, null, "more business"),
                CustomerScope.ALL);
        assertThat(w.asked).last().isEqualTo(new InsuranceSubject("C-1", "Kunde GmbH", null, "DE",
                Money.of("60000.00", "EUR"), "CV-9"));
        assertThat(more.country()).as("taken from the last request").isEqualTo("DE");

        w.insurer.set(new InsurerDecision("CV-9", CoverState.WITHDRAWN, null, null, null, null, null));
        CoverRequestView withdrawn = w.refresh(more.id());
        assertThat(withdrawn.state()).isEqualTo(CoverState.WITHDRAWN);
        assertThat(w.insurance).isNull();
        assertThat(w.insuranceChanges).last().asString().startsWith("removed by credit");
        assertThatThrownBy(() -> w.refresh(more.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("WITHDRAWN");
        assertThat(w.run(s -> s.covers(w.company, "C-1", CustomerScope.ALL, PageRequest.first(10))).items())
                .extracting(CoverRequestView::id).containsExactly(more.id(), first.id());
    }

    @DatabaseTest
    void aRefreshOfAStaleRequestNeverAppliesTwice(TestDatabase db) {
        World w = new World(db);
        w.insurer.set(pending());
        CoverRequestView asked = w.request(new CoverApplication("5000", null, "DE", "r"), CustomerScope.ALL);
        w.insurer.set(granted("5000"));
        CoverRequestView decided = w.refresh(asked.id());
        List<String> insuranceChanges = List.copyOf(w.insuranceChanges);

        // a second server read the request while it was still pending, then records the same decision
        Function<EntityManager, CoverRequestView> stale = em -> w.recorder(em)
                .recordDecision(asked, granted("5000"), CustomerScope.ALL, CREDIT);
        assertThatThrownBy(() -> w.db.inTransaction("integrations-test", stale))
                .isInstanceOf(ConflictException.class);
        CoverRequestView held = w.run(s -> s.get(w.company, asked.id(), CustomerScope.ALL));
        assertThat(held).as("one decision recorded, the first").isEqualTo(decided);
        assertThat(decided.version()).isEqualTo(asked.version() + 1);
        assertThat(w.insuranceChanges).as("the loser never touched the customer's insurance")
                .isEqualTo(insuranceChanges);
    }

    @DatabaseTest
    void aRefreshRoundRecordsWhatTheInsurerDecidedAndStopsWhenItIsDown(TestDatabase db) {
        World w = new World(db);
        w.insurer.set(pending());
        CoverRequestView first = w.request(new CoverApplication("100", null, "DE", "r"), CustomerScope.ALL);
        CoverRequestView second = w.request(new CoverApplication("200", null, null, "r"), CustomerScope.ALL);
        UserName system = UserName.of("system");
        Function<Integer, Integer> round = limit -> w.run(s -> s.refreshPending(w.company, limit, system));
        Function<Long, CoverState> state = id -> w.run(s -> s.get(w.company, id, CustomerScope.ALL)).state();

        assertThat(round.apply(10)).as("still pending").isZero();
        w.failure.set(new UnavailableException("credit insurance is unavailable"));
        assertThat(round.apply(10)).as("the insurer is down").isZero();
        w.failure.set(null);
        w.insurer.set(granted("100"));
        assertThat(round.apply(1)).as("the oldest first, as many as asked").isEqualTo(1);
        assertThat(state.apply(first.id())).isEqualTo(CoverState.PARTIALLY_GRANTED);
        assertThat(state.apply(second.id())).isEqualTo(CoverState.PENDING);
        assertThat(round.apply(10)).isEqualTo(1);
        assertThat(w.audited).filteredOn(e -> "decided".equals(e.action())).extracting(AuditEntry::actor)
                .containsExactly("system", "system");
        w.enabled = false;
        w.insurer.set(new InsurerDecision("CV-9", CoverState.WITHDRAWN, null, null, null, null, null));
        assertThat(round.apply(10)).as("no insurer enabled: nothing asked").isZero();
        assertThat(state.apply(second.id())).isEqualTo(CoverState.PARTIALLY_GRANTED);
    }

    @DatabaseTest
    void nothingIsRecordedWhenTheInsurerIsDownNoneIsEnabledTheInputIsWrongOrTheCustomerHidden(TestDatabase db) {
        World w = new World(db);
        w.failure.set(new UnavailableException("credit insurance is unavailable"));
        assertThatThrownBy(() -> w.request(new CoverApplication("100", null, "DE", "r"), CustomerScope.ALL))
                .isInstanceOf(UnavailableException.class);
        w.failure.set(null);
        w.insurer.set(pending());
        for (CoverApplication wrong : List.of(new CoverApplication("0", null, "DE", "r"),
                new CoverApplication("1.001", null, "DE", "r"), new CoverApplication("x", null, "DE", "r"),
                new CoverApplication("100", null, null, "r"), new CoverApplication("100", null, "DE", " "))) {
            assertThatThrownBy(() -> w.request(wrong, CustomerScope.ALL)).as(wrong.toString())
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> w.request(new CoverApplication("100", null, "DE", "r"), CustomerScope.NONE))
                .isInstanceOf(NotFoundException.class);
        w.enabled = false;
        assertThatThrownBy(() -> w.request(new CoverApplication("100", null, "DE", "r"), CustomerScope.ALL))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("/plugins");
        assertThat(w.run(s -> s.covers(w.company, "C-1", CustomerScope.ALL, PageRequest.first(10))).total()).isZero();
        assertThat(w.audited).isEmpty();
        assertThat(w.asked).hasSize(1);
    }

    @DatabaseTest
    void aDecisionTheInsurerPushesIsAppliedToTheRequestItNamesOnce(TestDatabase db) {
        World w = new World(db);
        w.insurer.set(pending());
        CoverRequestView asked = w.request(new CoverApplication("50000", "HRB 1", "DE", "new contract"),
                CustomerScope.ALL);
        InsurerDecision elsewhere = new InsurerDecision("CV-UNKNOWN", CoverState.GRANTED, Money.of("1.00", "EUR"),
                null, TODAY, null, List.of());

        int applied = w.run(s -> s.receive(w.company, "insurer-b", List.of(granted("40000"), elsewhere),
                UserName.SYSTEM));
        assertThat(applied).as("the request it names; none for a cover not asked here").isEqualTo(1);
        CoverRequestView now = w.run(s -> s.get(w.company, asked.id(), CustomerScope.ALL));
        assertThat(now.state()).isEqualTo(CoverState.PARTIALLY_GRANTED);
        assertThat(w.insuranceChanges).singleElement().asString().startsWith("set CV-9 40000.00 EUR by system");
        assertThat(w.<Integer>run(s -> s.receive(w.company, "insurer-b", List.of(granted("40000")), UserName.SYSTEM)))
                .as("pushed twice: applied once").isZero();
        assertThat(w.<Integer>run(s -> s.receive(w.company, "insurer-c", List.of(granted("30000")), UserName.SYSTEM)))
                .as("another insurer's cover of the same reference is not this one").isZero();
    }
}
