package org.dunwell.ai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.dunwell.ai.api.DraftKind;
import org.dunwell.ai.api.DraftStatus;
import org.dunwell.ai.api.DraftView;
import org.dunwell.ai.infrastructure.JdbcDraftStore;
import org.dunwell.ai.support.FactsCorpus;
import org.dunwell.testkit.Stubs;
import org.dunwell.collections.api.ContactPermission;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.collections.api.RestrictionKind;
import org.dunwell.collections.api.RestrictionView;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.api.Outbox;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.ReminderRecipient;
import org.dunwell.ledger.infrastructure.jdbc.JdbcCustomerScopeSql;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * A reminder draft from request to outbox, its drafts kept in the real table on both databases: written from the
 * facts, edited (verified again), approved with each violation acknowledged, queued once; stale versions, restricted
 * customers and other agents' customers refused.
 */
class DraftWorkflowTest {

    private static final UserName AGENT = UserName.of("agent1");

    /** The services of one transaction over the real draft table, the rest stubbed as the test says. */
    private static final class World {
        final TestDatabase db;
        final List<AuditEntry> history = new ArrayList<>();
        final List<String> queued = new ArrayList<>();
        final AtomicReference<RestrictionKind> restriction = new AtomicReference<>();
        final CustomerFacts facts;
        final String company = "AI" + System.nanoTime() % 1_000_000_000L;

        World(TestDatabase db) {
            this.db = db;
            db.migrate();
            CustomerFacts base = FactsCorpus.situations(3, 5).get(2);
            this.facts = new CustomerFacts(company, base.companyName(), base.account(), base.customerName(),
                    base.asOf(), "de", base.currency(), base.contact(), base.balance(), base.overdue(),
                    base.collectibleOverdue(), base.aging(), base.openInvoices(), base.overdueInvoices(),
                    base.moreOverdue(), base.disputedInvoices(), base.moreDisputed(), base.promisedInvoices(),
                    base.morePromised(), base.payments(), base.promiseRecord(), base.openPromises(),
                    base.disputes(), base.recentActivities(), base.recentLetters(), base.credit(),
                    base.dunningLevel(), base.paymentDeadline(), base.paymentDeadlineDays(), false, false);
        }

        <T> T tx(java.util.function.Function<DraftService, T> work) {
            return db.inTransaction("ai-test", (EntityManager em) -> work.apply(service(em)));
        }

        DraftService service(EntityManager em) {
            AuditTrail audit = Stubs.of(AuditTrail.class, Map.of("record", a -> history.add((AuditEntry) a[0])));
            BusinessClock clock = BusinessClock.fixedAt(FactsCorpus.AS_OF);
            AiLog log = new AiLog(audit, clock);
            JdbcDraftStore store = new JdbcDraftStore(em, new JdbcCustomerScopeSql());
            Customers customers = Stubs.of(Customers.class, Map.of("get", a -> new CustomerView(company,
                    (String) a[1], facts.customerName(), facts.currency(), "de", null, null, 30, null,
                    "ap@kunde.example", "+49 30 1234567", null, List.of(), new ReminderRecipient(facts.contact(),
                    "ap@kunde.example", "de"), 1)));
            ContactRestrictions restrictions = Stubs.of(ContactRestrictions.class, Map.of("permissions", a -> {
                RestrictionKind kind = restriction.get();
                return kind == null ? Map.of() : Map.of(facts.account(), new ContactPermission(facts.account(),
                        false, List.of(new RestrictionView(1, company, facts.account(), null, kind, "by phone",
                        FactsCorpus.AS_OF, null, true, "manager", null, null, null, null, 1)), java.util.Set.of()));
            }));
            Outbox outbox = Stubs.of(Outbox.class, Map.of("queueEmail", a -> {
                queued.add(a[3] + "|" + a[5] + "|" + a[6]);
                return 4242L;
            }));
            GroundedWriter writer = new GroundedWriter(null, Duration.ofSeconds(1), Executors.newSingleThreadExecutor());
            return new DraftService((c, account, asOf, size, scope) -> {
                if (scope == CustomerScope.NONE) {
                    throw new NotFoundException("customer", account);
                }
                return facts;
            }, writer, store, new DraftWrites(store, log, customers, restrictions, clock), outbox, log,
                    new AiSettings(25), clock);
        }
    }

    @DatabaseTest
    void aDraftIsWrittenEditedApprovedAndQueuedOnce(TestDatabase db) {
        World w = new World(db);
        DraftView draft = w.tx(s -> s.create(w.company, w.facts.account(), DraftKind.REMINDER_EMAIL, null,
                CustomerScope.ALL, AGENT));
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.source()).isEqualTo("TEMPLATE");
        assertThat(draft.language()).isEqualTo("de");
        assertThat(draft.verification().passed()).isTrue();
        assertThat(draft.recipient()).isEqualTo("ap@kunde.example");
        assertThat(draft.body()).contains(w.facts.overdueInvoices().get(0).document());
        assertThat(draft.createdBy()).isEqualTo("agent1");

        String invented = draft.body() + "\nZusätzlich ist INV-99999 über 12.345,67 € offen.";
        DraftView edited = w.tx(s -> s.edit(w.company, draft.id(), draft.version(), null, invented, CustomerScope.ALL,
                AGENT));
        assertThat(edited.verification().passed()).isFalse();
        assertThat(edited.verification().violations()).extracting(v -> v.text())
                .containsExactlyInAnyOrder("INV-99999", "12.345,67");
        assertThat(edited.editedBy()).isEqualTo("agent1");
        assertThatThrownBy(() -> w.tx(s -> s.edit(w.company, draft.id(), draft.version(), null, "x",
                CustomerScope.ALL, AGENT))).isInstanceOf(StaleVersionException.class);

        assertThatThrownBy(() -> w.tx(s -> s.approve(w.company, edited.id(), edited.version(), List.of("INV-99999"),
                CustomerScope.ALL, AGENT))).isInstanceOf(InvalidInputException.class).hasMessageContaining("12.345,67");
        assertThat(w.queued).as("nothing sent without every violation acknowledged").isEmpty();

        DraftView approved = w.tx(s -> s.approve(w.company, edited.id(), edited.version(),
                List.of("INV-99999", "12.345,67"), CustomerScope.ALL, AGENT));
        assertThat(approved.status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("agent1");
        assertThat(approved.acknowledged()).containsExactlyInAnyOrder("INV-99999", "12.345,67");
        assertThat(approved.outboxMessage()).isEqualTo(4242L);
        assertThat(w.queued).singleElement().asString().startsWith("ap@kunde.example|").contains("INV-99999");

        assertThatThrownBy(() -> w.tx(s -> s.approve(w.company, approved.id(), approved.version(), List.of(),
                CustomerScope.ALL, AGENT))).isInstanceOf(ConflictException.class);
        assertThat(w.queued).as("approved once, queued once").hasSize(1);
        assertThat(w.history).extracting(AuditEntry::action).containsExactly("draft-created", "draft-edited",
                "draft-approved");
        assertThat(w.history.get(2).reason()).contains("INV-99999");
    }

    @DatabaseTest
    void aCustomerNotToBeContactedOrInHardshipGetsNoReminder(TestDatabase db) {
        World w = new World(db);
        DraftView draft = w.tx(s -> s.create(w.company, w.facts.account(), DraftKind.REMINDER_EMAIL, "en",
                CustomerScope.ALL, AGENT));
        assertThat(draft.language()).isEqualTo("en");
        w.restriction.set(RestrictionKind.HARDSHIP);
        assertThatThrownBy(() -> w.tx(s -> s.approve(w.company, draft.id(), draft.version(), List.of(),
                CustomerScope.ALL, AGENT))).isInstanceOf(ConflictException.class).hasMessageContaining("HARDSHIP");
        w.restriction.set(RestrictionKind.DO_NOT_CONTACT);
        assertThatThrownBy(() -> w.tx(s -> s.create(w.company, w.facts.account(), DraftKind.REMINDER_EMAIL, null,
                CustomerScope.ALL, AGENT))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("DO_NOT_CONTACT");
        assertThat(w.queued).isEmpty();
        DraftView discarded = w.tx(s -> s.discard(w.company, draft.id(), draft.version(), "customer in hardship",
                CustomerScope.ALL, AGENT));
        assertThat(discarded.status()).isEqualTo(DraftStatus.DISCARDED);
        assertThat(discarded.discardReason()).isEqualTo("customer in hardship");
    }

    @DatabaseTest
    void anAgentSeesAndDraftsOnlyForCustomersOfTheirPools(TestDatabase db) {
        World w = new World(db);
        DraftView draft = w.tx(s -> s.create(w.company, w.facts.account(), DraftKind.REMINDER_EMAIL, null,
                CustomerScope.ALL, AGENT));
        assertThatThrownBy(() -> w.tx(s -> s.get(w.company, draft.id(), CustomerScope.NONE)))
                .isInstanceOf(NotFoundException.class);
        List<DraftView> none = w.tx(s -> s.list(w.company, null, null, CustomerScope.NONE, PageRequest.first(10))
                .items());
        assertThat(none).isEmpty();
        List<DraftView> mine = w.tx(s -> s.list(w.company, w.facts.account(), DraftStatus.DRAFT, CustomerScope.ALL,
                PageRequest.first(10)).items());
        assertThat(mine).extracting(DraftView::id).containsExactly(draft.id());
        assertThatThrownBy(() -> w.tx(s -> s.create(w.company, w.facts.account(), DraftKind.REMINDER_EMAIL, null,
                CustomerScope.NONE, AGENT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.tx(s -> s.edit(w.company, draft.id(), draft.version(), null, "Hallo",
                CustomerScope.NONE, AGENT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.tx(s -> s.create(w.company, w.facts.account(), DraftKind.REMINDER_EMAIL, "it",
                CustomerScope.ALL, AGENT))).isInstanceOf(InvalidInputException.class);
    }
}
