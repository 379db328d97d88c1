package org.dunwell.integrations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditChangeView;
import org.dunwell.credit.api.CreditLimitRequests;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.credit.api.LimitRequestView;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.credit.api.RiskScores;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauGateway;
import org.dunwell.integrations.api.BureauReportRequest;
import org.dunwell.integrations.api.BureauReportView;
import org.dunwell.integrations.api.BureauSubject;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.integrations.infrastructure.JdbcBureauReportStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
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
 * A bureau report from request to what it leads to, its reports kept in the real table on both databases: the score
 * through the credit profile's rules, the recommended limit as the asking user's limit request, nothing recorded when
 * the bureau is down, customers outside the caller's scope not found.
 */
class BureauReportServiceTest {

    private static final UserName CLERK = UserName.of("clerk");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static final class World {
        final TestDatabase db;
        final String company = "BR" + System.nanoTime() % 1_000_000_000L;
        final List<AuditEntry> audited = new ArrayList<>();
        final List<ProfileChanges> profileChanges = new ArrayList<>();
        final List<String> limitRequests = new ArrayList<>();
        final List<BureauSubject> asked = new ArrayList<>();
        final List<String> scored = new ArrayList<>();
        final AtomicReference<Function<BureauSubject, Optional<BureauFinding>>> bureau = new AtomicReference<>();
        boolean enabled = true;
        boolean higherScoreWaits = true;
        Long pendingRequest;

        World(TestDatabase db) {
            this.db = db;
            db.migrate();
        }

        BureauReportView request(BureauReportRequest request, CustomerScope scope) {
            Function<EntityManager, BureauReportView> work = em -> service(new JdbcBureauReportStore(em))
                    .request(company, "C-1", request, scope, CLERK);
            return db.inTransaction("integrations-test", work);
        }

        Page<BureauReportView> reports() {
            Function<EntityManager, Page<BureauReportView>> work = em -> service(new JdbcBureauReportStore(em))
                    .reports(company, "C-1", CustomerScope.ALL, PageRequest.first(10));
            return db.inTransaction("integrations-test", work);
        }

        BureauReportService service(JdbcBureauReportStore store) {
            BusinessClock clock = BusinessClock.fixedAt(TODAY);
            Customers customers = Stubs.of(Customers.class, Map.of("get", a -> {
                if (a[2] == CustomerScope.NONE) {
                    throw new NotFoundException("customer", a[1]);
                }
                return new CustomerView(company, "C-1", "Kunde GmbH", "EUR", "de", null, null, 30, null, null, null,
                        null, List.of(), null, 3);
            }));
            PluginConfigurations configurations = Stubs.of(PluginConfigurations.class, Map.of("enabled",
                    a -> enabled && "bureau-b".equals(a[1]) ? Optional.of(new PluginRuntimeConfiguration(company,
                            "bureau-b", Map.of(), Map.of())) : Optional.empty()));
            BureauGateway gateway = Stubs.of(BureauGateway.class, Map.of(
                    "bureauPlugins", a -> List.of("bureau-c", "bureau-b"),
                    "report", a -> {
                        assertThat(a[1]).as("the enabled bureau is asked").isEqualTo("bureau-b");
                        asked.add((BureauSubject) a[2]);
                        return bureau.get().apply((BureauSubject) a[2]);
                    }));
            CreditProfiles profiles = Stubs.of(CreditProfiles.class, Map.of(
                    "profile", a -> new CreditProfileView(company, "C-1", "EUR", TODAY, null, false,
                            Money.of("10000", "EUR"), Money.of("10000", "EUR"), null, null, null, null, null, null,
                            null, null, null, 40, null, 0, null, null, 5),
                    "update", a -> {
                        assertThat(a[2]).as("the profile's version").isEqualTo(5L);
                        assertThat(a[5]).isEqualTo(CLERK);
                        ProfileChanges change = (ProfileChanges) a[3];
                        profileChanges.add(change);
                        boolean waits = higherScoreWaits && change.bureauScore() > 40;
                        return new Changed<>(null, waits ? new CreditChangeView(1, company, null, "C-1", null, List.of(), "r",
                                null, "PENDING", "clerk", null, null, null, null, 1) : null);
                    }));
            CreditLimitRequests requests = Stubs.of(CreditLimitRequests.class, Map.of(
                    "list", a -> Page.of(pendingRequest == null ? List.<LimitRequestView>of()
                            : List.of(limitRequest(pendingRequest, Money.of("1", "EUR"), "someone")),
                            PageRequest.first(1), pendingRequest == null ? 0 : 1),
                    "request", a -> {
                        limitRequests.add(a[2] + "|" + a[3] + "|" + a[4] + "|" + a[6] + "|" + a[8]);
                        return limitRequest(900L, (Money) a[2], ((UserName) a[8]).value());
                    }));
            RiskScores scores = Stubs.of(RiskScores.class, Map.of("score", a -> {
                scored.add((String) a[1]);
                return null;
            }));
            AuditTrail audit = Stubs.of(AuditTrail.class, Map.of("record", a -> audited.add((AuditEntry) a[0])));
            return new BureauReportService(customers, configurations, gateway, store,
                    new BureauReportRecorder(store, profiles, requests, scores, audit, clock));
        }

        LimitRequestView limitRequest(long id, Money limit, String by) {
            return new LimitRequestView(id, company, "C-1", "EUR", limit, null, false, TODAY, null, "r", null,
                    "PENDING", by, null, null, null, null, 1);
        }
    }

    private static BureauFinding finding(int score, String limit) {
        return new BureauFinding("REP-1", TODAY, "BUR-77", "KUNDE GMBH", score, "412/600", "B1",
                limit == null ? null : Money.of(limit, "EUR"));
    }

    @DatabaseTest
    void aReportRaisingTheScoreWaitsForASecondPersonAndProposesTheLimitAsTheClerksRequest(TestDatabase db) {
        World w = new World(db);
        w.bureau.set(subject -> Optional.of(finding(69, "25000")));
        BureauReportView report = w.request(new BureauReportRequest("HRB 1234", "de"), CustomerScope.ALL);

        assertThat(w.asked).containsExactly(new BureauSubject("HRB 1234", "Kunde GmbH", "DE"));
        assertThat(report.found()).isTrue();
        assertThat(report.plugin()).isEqualTo("bureau-b");
        assertThat(report.score()).isEqualTo(69);
        assertThat(report.scoreChange()).isEqualTo("PENDING");
        assertThat(report.creditChange()).isEqualTo(1L);
        assertThat(w.profileChanges).extracting(ProfileChanges::bureauScore).containsExactly(69);
        assertThat(w.scored).as("a pending score is not scored yet").isEmpty();
        assertThat(report.limitRequest()).isEqualTo(900L);
        assertThat(w.limitRequests).singleElement().asString()
                .startsWith("25000.00 EUR|false|" + TODAY + "|the limit recommended by bureau report REP-1")
                .endsWith("|clerk");
        assertThat(report.requestedBy()).isEqualTo("clerk");
        assertThat(w.audited).singleElement().satisfies(e -> {
            assertThat(e.subjectType()).isEqualTo("bureau-report");
            assertThat(e.newValue()).isEqualTo("REP-1");
            assertThat(e.actor()).isEqualTo("clerk");
        });
        assertThat(w.reports().items()).singleElement().isEqualTo(report);
    }

    @DatabaseTest
    void aLowerScoreAppliesAndScoresAgainAndALaterReportTakesTheLastRegistrationAndCountry(TestDatabase db) {
        World w = new World(db);
        w.bureau.set(subject -> Optional.of(finding(20, "10000")));
        BureauReportView first = w.request(new BureauReportRequest("HRB 1234", "AT"), CustomerScope.ALL);
        assertThat(first.scoreChange()).isEqualTo("APPLIED");
        assertThat(w.scored).containsExactly("C-1");
        assertThat(first.limitRequest()).isNull();
        assertThat(first.limitProposal()).contains("already");

        w.bureau.set(subject -> Optional.empty());
        BureauReportView second = w.request(null, CustomerScope.ALL);
        assertThat(w.asked).last().isEqualTo(new BureauSubject("HRB 1234", "Kunde GmbH", "AT"));
        assertThat(second.found()).isFalse();
        assertThat(second.scoreChange()).isEqualTo("NONE");
        assertThat(w.reports().items()).extracting(BureauReportView::id).containsExactly(second.id(), first.id());
    }

    @DatabaseTest
    void aPendingLimitRequestIsNotJoinedByASecond(TestDatabase db) {
        World w = new World(db);
        w.pendingRequest = 77L;
        w.bureau.set(subject -> Optional.of(finding(40, "50000")));
        BureauReportView report = w.request(new BureauReportRequest(null, "DE"), CustomerScope.ALL);
        assertThat(report.scoreChange()).isEqualTo("UNCHANGED");
        assertThat(w.profileChanges).isEmpty();
        assertThat(report.limitRequest()).isNull();
        assertThat(report.limitProposal()).contains("77");
        assertThat(w.limitRequests).isEmpty();
    }

    @DatabaseTest
    void nothingIsRecordedWhenTheBureauIsDownNoneIsEnabledTheCountryIsMissingOrTheCustomerHidden(TestDatabase db) {
        World w = new World(db);
        w.bureau.set(subject -> {
            throw new UnavailableException("the credit bureau bureau-b did not answer within 10 s");
        });
        assertThatThrownBy(() -> w.request(new BureauReportRequest(null, "DE"), CustomerScope.ALL))
                .isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> w.request(new BureauReportRequest(null, null), CustomerScope.ALL))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("country");
        assertThatThrownBy(() -> w.request(new BureauReportRequest(null, "Germany"), CustomerScope.ALL))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> w.request(new BureauReportRequest(null, "DE"), CustomerScope.NONE))
                .isInstanceOf(NotFoundException.class);
        w.enabled = false;
        assertThatThrownBy(() -> w.request(new BureauReportRequest(null, "DE"), CustomerScope.ALL))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("/plugins");
        assertThat(w.reports().total()).isZero();
        assertThat(w.audited).isEmpty();
        assertThat(w.limitRequests).isEmpty();
    }
}
