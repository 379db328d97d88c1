package org.dunwell.integrations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.credit.api.ApprovalRouting;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.api.Letters;
import org.dunwell.integrations.api.AgencyCase;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.integrations.api.AgencyGateway;
import org.dunwell.integrations.api.AgencyRound;
import org.dunwell.integrations.api.HandoverApplication;
import org.dunwell.integrations.api.HandoverState;
import org.dunwell.integrations.api.HandoverView;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.integrations.infrastructure.JdbcBureauReportStore;
import org.dunwell.integrations.infrastructure.JdbcCoverRequestStore;
import org.dunwell.integrations.infrastructure.JdbcHandoverStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.application.CustomerService;
import org.dunwell.ledger.application.DocumentService;
import org.dunwell.ledger.application.ImportService;
import org.dunwell.ledger.application.PostingFeed;
import org.dunwell.ledger.application.SettlementService;
import org.dunwell.ledger.infrastructure.jdbc.JdbcCustomerScopeSql;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerStore;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.JpaCustomerRepository;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.Stubs;
import org.dunwell.testkit.TestDatabase;

/**
 * Cases handed to an agency, booked in the real ledger on both databases: at or below the company's threshold a case
 * goes at once, above it waits for a senior approver who did not ask; a down agency leaves the hand-over approved for
 * the next round; the agency's recoveries become payments that settle the case's invoices (the one it names first) and
 * are fed to the ERP, once however often the agency sends them; fees are recorded and charged to the customer only
 * when the settings say so; a closing status closes the hand-over and goes onto the case.
 */
class AgencyHandoverServiceTest {

    private static final UserName AGENT = UserName.of("agent1");
    private static final UserName CFO = UserName.of("cfo");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    private static final class World {
        final TestDatabase db;
        final BusinessClock clock = BusinessClock.fixedAt(TODAY);
        final String company = "AG" + System.nanoTime() % 1_000_000L + COMPANIES.incrementAndGet();
        final List<AgencyCase> handedOver = new ArrayList<>();
        final List<String> caseLog = new ArrayList<>();
        final List<String> cursorsAsked = new ArrayList<>();
        final List<String> recalls = new ArrayList<>();
        final List<AgencyEvent> agencyHas = new ArrayList<>();
        final Map<String, String> settings = new HashMap<>();
        final List<LetterView> letters = new ArrayList<>();
        final Map<Long, List<String>> openedCases = new HashMap<>();
        String caseStatus = "OPEN";
        boolean agencyDown;

        World(TestDatabase db) {
            this.db = db;
            db.migrate();
            inTx(em -> new CompanyService(new JpaCompanyRepository(em), new JpaAuditTrail(em), clock).create(
                    CompanyCode.of(company), new CompanyDraft("Test " + company, Currency.getInstance("EUR")),
                    UserName.of("admin"), null));
            importCsv(ImportKind.CUSTOMERS, "account,name,currency,region\nC1,Kunde Eins GmbH,EUR,SOUTH\n"
                    + "C2,Nord Zwei GmbH,EUR,NORTH\n");
            importCsv(ImportKind.INVOICES, "document,account,document_date,due_date,currency,amount\n"
                    + "I1,C1,2026-08-01,2026-08-31,EUR,100.00\nI2,C1,2026-09-01,2026-09-30,EUR,50.00\n"
                    + "I3,C1,2026-09-01,2026-09-30,EUR,5000.00\n");
        }

        <T> T inTx(Function<EntityManager, T> work) {
            return db.inTransaction("integrations-test", work);
        }

        void importCsv(ImportKind kind, String csv) {
            ImportResult result = inTx(em -> new ImportService(new JdbcLedgerStore(em), clock)
                    .run(kind, new StringReader(csv), ImportMode.ALL_OR_NOTHING, company, UserName.of("erp")));
            assertThat(result.committed()).as(result.toString()).isTrue();
        }

        <T> T run(Function<AgencyHandoverService, T> work) {
            return inTx(em -> work.apply(service(em)));
        }

        HandoverView handOver(long caseId) {
            return run(s -> s.request(company, new HandoverApplication(caseId, "three letters unanswered"),
                    CustomerScope.ALL, AGENT));
        }

        AgencyRound poll() {
            return run(s -> s.poll(company, UserName.SYSTEM));
        }

        BigDecimal open(String document) {
            return number("SELECT open_amount FROM ledger_transaction WHERE company_code = ? AND document = ?",
                    document);
        }

        BigDecimal number(String sql, String parameter) {
            try (Connection connection = db.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, company);
                select.setString(2, parameter);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getBigDecimal(1) : null;
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }

        AgencyHandoverService service(EntityManager em) {
            JdbcLedgerStore ledger = new JdbcLedgerStore(em);
            JdbcLedgerQueries queries = new JdbcLedgerQueries(em);
            JpaAuditTrail audit = new JpaAuditTrail(em);
            CustomerService customers = new CustomerService(new JpaCustomerRepository(em),
                    new JpaCompanyRepository(em), audit, clock);
            DocumentService documents = new DocumentService(ledger, queries, clock);
            SettlementService settlements = new SettlementService(ledger, queries, clock);
            JdbcHandoverStore store = new JdbcHandoverStore(em, new JdbcCustomerScopeSql());
            Cases cases = Stubs.of(Cases.class, Map.of(
                    "get", a -> caseOf((long) a[1]),
                    "open", a -> {
                        long id = 100 + openedCases.size();
                        @SuppressWarnings("unchecked")
                        List<String> numbers = (List<String>) a[5];
                        openedCases.put(id, numbers);
                        caseLog.add("opened " + id + " " + a[1] + " " + a[2] + " by " + a[7]);
                        return caseOf(id);
                    },
                    "changeStatus", a -> {
                        caseStatus = (String) a[3];
                        caseLog.add("status " + a[3] + ": " + a[4]);
                        return caseOf((long) a[1]);
                    },
                    "note", a -> {
                        caseLog.add("note " + a[2]);
                        return caseOf((long) a[1]);
                    }));
            // the company's threshold is 1 000.00 EUR: above it a senior approver decides
            ApprovalRouting routing = (c, amount, date) -> amount.amount().compareTo(new BigDecimal("1000")) > 0
                    ? ApproverLevel.SENIOR_APPROVER : ApproverLevel.CREDIT_MANAGER;
            PluginConfigurations configurations = Stubs.of(PluginConfigurations.class, Map.of("enabled",
                    a -> "agency-b".equals(a[1]) ? Optional.of(new PluginRuntimeConfiguration(company, "agency-b",
                            Map.copyOf(settings), Map.of())) : Optional.empty()));
            AgencyGateway agency = new AgencyGateway() {
                @Override
                public List<String> agencyPlugins() {
                    return List.of("agency-b", "agency-c");
                }

                @Override
                public String handOver(String company, String plugin, AgencyCase handover) {
                    assertThat(plugin).isEqualTo("agency-b");
                    if (agencyDown) {
                        throw new UnavailableException("the agency is unavailable: timed out");
                    }
                    handedOver.add(handover);
                    return "AG-" + handover.caseNumber();
                }

                @Override
                public void recall(String company, String plugin, String agencyReference, String caseNumber,
                                   String reason) {
                    if (agencyDown) {
                        throw new UnavailableException("the agency is unavailable: timed out");
                    }
                    recalls.add(plugin + " " + agencyReference + " " + caseNumber + " " + reason);
                }

                @Override
                public Page updates(String company, String plugin, String cursor) {
                    if (agencyDown) {
                        throw new UnavailableException("the agency is unavailable: timed out");
                    }
                    cursorsAsked.add(String.valueOf(cursor));
                    int from = cursor == null ? 0 : Integer.parseInt(cursor);
                    return new Page(agencyHas.subList(from, agencyHas.size()), Integer.toString(agencyHas.size()));
                }
            };
            AgencyHandoverRecorder recorder = new AgencyHandoverRecorder(store, cases, documents, settlements,
                    customers, routing, audit, clock);
            Letters dunning = Stubs.of(Letters.class, Map.of("handoverLetters", a -> letters.stream()
                    .filter(l -> l.id() > (long) a[1]).limit((int) a[2]).toList()));
            return new AgencyHandoverService(cases, dunning, customers, documents, configurations, agency, store,
                    new JdbcBureauReportStore(em), new JdbcCoverRequestStore(em), recorder, clock);
        }

        CaseView caseOf(long id) {
            List<CaseView.Transaction> transactions = openedCases.containsKey(id) ? openedCases.get(id).stream()
                    .map(d -> new CaseView.Transaction("C1", d)).toList() : id == 1 ? List.of(
                    new CaseView.Transaction("C1", "I1"), new CaseView.Transaction("C1", "I2"))
                    : id == 3 ? List.of(new CaseView.Transaction("C1", "I1"))
                    : List.of(new CaseView.Transaction("C1", "I3"));
            return new CaseView(id, company, "Overdue", null, caseStatus, "agent1", null, transactions, List.of(),
                    List.of(new CaseView.LogEntry(Instant.parse("2026-11-02T10:00:00Z"), "agent1", "opened",
                            "three letters")), "agent1", Instant.parse("2026-11-02T10:00:00Z"), null, 1);
        }

        void letter(long id, String... invoices) {
            letters.add(new LetterView(id, "L-" + id, company, "C1", "Kunde Eins GmbH", "STD", 3, TODAY, "de", null,
                    null, "EUR", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, null, "s", "b",
                    true, true, 0, java.util.Arrays.stream(invoices).map(i -> new LetterView.Invoice(i, TODAY, TODAY,
                    30, BigDecimal.ONE, BigDecimal.ZERO, null)).toList(), "system", Instant.parse(
                    "2026-12-04T06:00:00Z")));
        }
    }

    @DatabaseTest
    void aCaseBelowTheThresholdGoesAtOnceAndARecoverySentTwiceIsBookedOnce(TestDatabase db) {
        World world = new World(db);
        HandoverView handover = world.handOver(1);

        assertThat(handover.state()).isEqualTo(HandoverState.HANDED_OVER);
        assertThat(handover.amount()).isEqualTo(Money.of(new BigDecimal("150.00"), Money.currency("EUR")));
        assertThat(handover.invoices()).containsExactly("I1", "I2");
        AgencyCase sent = world.handedOver.get(0);
        assertThat(sent.name()).isEqualTo("Kunde Eins GmbH");
        assertThat(sent.invoices()).extracting(i -> i.number() + " " + i.open().toPlainString())
                .containsExactly("I1 100.00", "I2 50.00");
        assertThat(sent.history()).extracting(AgencyCase.Event::type).containsExactly("opened");
        assertThat(world.caseLog).containsExactly("status IN_PROGRESS: handed over to the agency (agency-b)",
                "note Handed over to the agency agency-b as " + handover.agencyReference() + " (hand-over "
                        + handover.id() + ", 150.00 EUR)");
        assertThatThrownBy(() -> world.handOver(1)).as("one hand-over of a case at a time")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> world.handOver(3)).as("nor of an invoice: case 3 holds I1 too")
                .isInstanceOf(ConflictException.class).hasMessageContaining("I1 went to the agency");

        String ref = handover.agencyReference();
        AgencyEvent recovery = AgencyEvent.recovery(ref, "REC-1", new BigDecimal("60.00"), "EUR",
                LocalDate.of(2026, 12, 2), "I2");
        world.agencyHas.addAll(List.of(recovery, AgencyEvent.fee(ref, "FEE-1", new BigDecimal("5.00"), "EUR",
                "commission", LocalDate.of(2026, 12, 2)), recovery));
        AgencyRound first = world.poll();
        assertThat(first).isEqualTo(new AgencyRound(0, 0, 2, 1, 0, null));

        String payment = "AGY-" + handover.id() + "-R1";
        assertThat(world.open("I2")).as("the invoice the agency names first").isEqualByComparingTo("0");
        assertThat(world.open("I1")).isEqualByComparingTo("90.00");
        assertThat(world.open(payment)).isEqualByComparingTo("0");
        assertThat(world.number("SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = ?",
                "PAYMENT")).as("reported twice, booked once").isEqualByComparingTo("1");
        assertThat(world.number("SELECT COUNT(*) FROM posting_entry WHERE company_code = ? AND kind = ?",
                "PAYMENT")).as("fed to the ERP once").isEqualByComparingTo("1");
        assertThat(world.number("SELECT COUNT(*) FROM ledger_transaction WHERE company_code = ? AND kind = ?",
                "FEE")).as("the agency's fee is the company's cost unless the settings say otherwise").isZero();

        // the next round reads on from the saved cursor until the agency has nothing newer
        world.agencyHas.add(AgencyEvent.status(ref, "ST-1", "CLOSED", "paid in part, debtor insolvent",
                Instant.parse("2026-12-03T09:00:00Z")));
        AgencyRound second = world.poll();
        assertThat(second).isEqualTo(new AgencyRound(0, 0, 1, 0, 0, null));
        assertThat(world.cursorsAsked).containsExactly("null", "3", "3", "4");

        HandoverView now = world.run(s -> s.get(world.company, handover.id(), CustomerScope.ALL));
        assertThat(now.state()).isEqualTo(HandoverState.CLOSED);
        assertThat(now.agencyStatus()).isEqualTo("CLOSED");
        assertThat(now.recovered().toPlainString()).isEqualTo("60.00");
        assertThat(now.fees().toPlainString()).isEqualTo("5.00");
        assertThat(now.updates()).extracting(u -> u.kind() + " " + u.updateId() + " " + u.document())
                .containsExactly("RECOVERY REC-1 " + payment, "FEE FEE-1 null", "STATUS ST-1 null");
        assertThat(world.caseLog).last().asString().contains("reports CLOSED: paid in part, debtor insolvent");
        CustomerScope north = CustomerScope.anyOf(List.of(new CustomerCriteria(world.company, "NORTH", null, null,
                null)));
        assertThat(world.run(s -> s.list(world.company, null, null, north, PageRequest.first(10))).items())
                .as("an agent whose pool holds another customer of the company sees none").isEmpty();
        assertThat(world.run(s -> s.list(world.company, "C1", null, CustomerScope.ALL, PageRequest.first(10)))
                .items()).extracting(HandoverView::id).containsExactly(handover.id());
    }

    @DatabaseTest
    void aRecalledCaseIsTakenBackOnceTheAgencyAgreesAndMoneyItStillReportsIsBooked(TestDatabase db) {
        World world = new World(db);
        HandoverView handover = world.handOver(1);
        String ref = handover.agencyReference();
        assertThatThrownBy(() -> world.run(s -> s.recall(world.company, handover.id(), null, " ", CustomerScope.ALL,
                AGENT))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> world.run(s -> s.recall(world.company, handover.id(), handover.version() + 1,
                "r", CustomerScope.ALL, AGENT))).isInstanceOf(StaleVersionException.class);

        world.agencyDown = true;
        assertThatThrownBy(() -> world.run(s -> s.recall(world.company, handover.id(), null, "paying us directly",
                CustomerScope.ALL, AGENT))).isInstanceOf(UnavailableException.class);
        assertThat(world.run(s -> s.get(world.company, handover.id(), CustomerScope.ALL)).state())
                .as("the agency did not answer: still with it").isEqualTo(HandoverState.HANDED_OVER);

        world.agencyDown = false;
        HandoverView recalled = world.run(s -> s.recall(world.company, handover.id(), handover.version(),
                " paying us directly ", CustomerScope.ALL, AGENT));
        assertThat(recalled.state()).isEqualTo(HandoverState.RECALLED);
        assertThat(world.recalls).containsExactly("agency-b " + ref + " DW-CASE-1-" + handover.id()
                + " paying us directly");
        assertThat(world.caseLog).last().asString().isEqualTo("note Recalled from the agency agency-b (" + ref
                + "): paying us directly");
        assertThatThrownBy(() -> world.run(s -> s.recall(world.company, handover.id(), null, "again",
                CustomerScope.ALL, AGENT))).isInstanceOf(ConflictException.class);

        world.agencyHas.addAll(List.of(AgencyEvent.recovery(ref, "REC-9", new BigDecimal("20.00"), "EUR",
                LocalDate.of(2026, 12, 3), null), AgencyEvent.status(ref, "ST-9", "CLOSED", "returned",
                Instant.parse("2026-12-03T09:00:00Z"))));
        assertThat(world.poll()).isEqualTo(new AgencyRound(0, 0, 2, 0, 0, null));
        HandoverView after = world.run(s -> s.get(world.company, handover.id(), CustomerScope.ALL));
        assertThat(after.recovered().toPlainString()).as("money it collected before it stopped").isEqualTo("20.00");
        assertThat(after.state()).as("its closing does not undo the recall").isEqualTo(HandoverState.RECALLED);
        assertThat(world.handOver(1).state()).as("the case may go to an agency again")
                .isEqualTo(HandoverState.HANDED_OVER);
    }

    @DatabaseTest
    void aCaseAboveTheThresholdWaitsForASeniorApproverWhoDidNotAskAndADownAgencyGetsItLater(TestDatabase db) {
        World world = new World(db);
        HandoverView waiting = world.handOver(2);
        assertThat(waiting.state()).isEqualTo(HandoverState.AWAITING_APPROVAL);
        assertThat(waiting.approvalNeeded()).isEqualTo(ApproverLevel.SENIOR_APPROVER);
        assertThat(world.handedOver).as("nothing goes to the agency before the approval").isEmpty();

        assertThatThrownBy(() -> world.run(s -> s.approve(world.company, waiting.id(), null, null, CustomerScope.ALL,
                AGENT, ApproverLevel.SENIOR_APPROVER))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("someone else");
        assertThatThrownBy(() -> world.run(s -> s.approve(world.company, waiting.id(), null, null, CustomerScope.ALL,
                UserName.of("credit"), ApproverLevel.CREDIT_MANAGER))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> world.run(s -> s.reject(world.company, waiting.id(), null, " ", CustomerScope.ALL,
                CFO, ApproverLevel.SENIOR_APPROVER))).isInstanceOf(InvalidInputException.class);

        world.agencyDown = true;
        HandoverView approved = world.run(s -> s.approve(world.company, waiting.id(), waiting.version(), "go",
                CustomerScope.ALL, CFO, ApproverLevel.SENIOR_APPROVER));
        assertThat(approved.state()).as("approved, not taken: the agency is down").isEqualTo(HandoverState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("cfo");
        assertThat(approved.lastError()).contains("timed out");
        assertThatThrownBy(() -> world.run(s -> s.send(world.company, waiting.id(), CustomerScope.ALL, AGENT)))
                .isInstanceOf(UnavailableException.class);
        assertThat(world.poll().error()).contains("timed out");

        world.agencyDown = false;
        assertThat(world.poll().sent()).isEqualTo(1);
        HandoverView taken = world.run(s -> s.get(world.company, waiting.id(), CustomerScope.ALL));
        assertThat(taken.state()).isEqualTo(HandoverState.HANDED_OVER);
        assertThat(taken.lastError()).isNull();
        assertThat(world.handedOver).singleElement().extracting(AgencyCase::caseNumber)
                .isEqualTo("DW-CASE-2-" + waiting.id());
        assertThatThrownBy(() -> world.run(s -> s.send(world.company, waiting.id(), CustomerScope.ALL, AGENT)))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void feesAreChargedToTheCustomerOnlyWhenTheSettingsSaySoAndUpdatesForNoCaseKnownAreKeptNotBooked(
            TestDatabase db) {
        World world = new World(db);
        world.settings.put("fees.chargeToDebtor", "true");
        HandoverView handover = world.handOver(1);
        String ref = handover.agencyReference();
        world.agencyHas.addAll(List.of(
                AgencyEvent.fee(ref, "FEE-9", new BigDecimal("12.50"), "EUR", "collection costs",
                        LocalDate.of(2026, 12, 3)),
                AgencyEvent.recovery("NOT-OURS", "REC-X", new BigDecimal("10.00"), "EUR", TODAY, null),
                AgencyEvent.recovery(ref, "REC-USD", new BigDecimal("10.00"), "USD", TODAY, null),
                AgencyEvent.recovery(ref, "REC-2", new BigDecimal("500.00"), "EUR", TODAY, null)));

        assertThat(world.poll()).isEqualTo(new AgencyRound(0, 0, 2, 0, 2, null));
        String fee = "AGY-" + handover.id() + "-F1";
        assertThat(world.open(fee)).isEqualByComparingTo("12.50");
        assertThat(world.open("I1")).isEqualByComparingTo("0");
        assertThat(world.open("I2")).isEqualByComparingTo("0");
        assertThat(world.open("AGY-" + handover.id() + "-R1")).as("more than the case's invoices: left on account")
                .isEqualByComparingTo("350.00");
        assertThat(world.run(s -> s.unmatched(world.company, PageRequest.first(10))).items())
                .as("kept for a person, not booked").extracting(u -> u.updateId() + " " + u.agencyReference() + " "
                        + u.amount().toPlainString() + " " + u.currency())
                .containsExactlyInAnyOrder("REC-X NOT-OURS 10.00 EUR", "REC-USD " + ref + " 10.00 USD");
        assertThatThrownBy(() -> world.run(s -> s.get(world.company, handover.id(), CustomerScope.NONE)))
                .isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void aLetterOfTheLastLevelHandsItsCustomerOverOnceWithWhatIsStillOpenAndNotWithTheAgency(TestDatabase db) {
        World world = new World(db);
        world.importCsv(ImportKind.PAYMENTS, "document,account,date,currency,amount,applies_to\n"
                + "P1,C1,2026-12-01,EUR,50.00,I2\n");
        world.letter(7, "I1", "I2");
        AgencyRound first = world.run(s -> s.poll(world.company, UserName.of("manager")));

        assertThat(first.opened()).isEqualTo(1);
        assertThat(first.sent()).isEqualTo(1);
        assertThat(world.caseLog.get(0)).isEqualTo("opened 100 Agency hand-over after letter L-7 AGENCY by system");
        assertThat(world.openedCases.get(100L)).as("I2 is paid: only what is open goes").containsExactly("I1");
        HandoverView handover = world.run(s -> s.list(world.company, "C1", null, CustomerScope.ALL,
                PageRequest.first(10))).items().get(0);
        assertThat(handover.letterId()).isEqualTo(7L);
        assertThat(handover.requestedBy()).isEqualTo("system");
        assertThat(handover.state()).isEqualTo(HandoverState.HANDED_OVER);
        assertThat(world.handedOver).singleElement().extracting(AgencyCase::total)
                .isEqualTo(Money.of(new BigDecimal("100.00"), Money.currency("EUR")));

        // the next round: the same letter is not looked at again; a later letter naming I1 finds it with the agency
        world.letter(8, "I1");
        world.letter(9, "I2");
        AgencyRound second = world.poll();
        assertThat(second.opened()).as("I1 is with the agency, I2 is paid").isZero();
        assertThat(world.handedOver).hasSize(1);
        assertThat(world.number("SELECT COUNT(*) FROM agency_handover WHERE company_code = ? AND state = ?",
                "HANDED_OVER")).isEqualByComparingTo("1");
    }
}
