package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.collections.api.CaseView;
import org.dunwell.collections.api.Cases;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.api.Letters;
import org.dunwell.integrations.api.AgencyCase;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.integrations.api.AgencyGateway;
import org.dunwell.integrations.api.AgencyHandovers;
import org.dunwell.integrations.api.AgencyRound;
import org.dunwell.integrations.api.HandoverApplication;
import org.dunwell.integrations.api.HandoverState;
import org.dunwell.integrations.api.HandoverView;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.api.PluginRuntimeConfiguration;
import org.dunwell.integrations.domain.BureauReportStore;
import org.dunwell.integrations.domain.CoverRequestStore;
import org.dunwell.integrations.domain.HandoverStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;

/**
 * Hands collection cases to the company's enabled agency plugin and takes in what the agency reports. The agency is
 * asked outside any transaction (a slow agency holds no lock and no connection); each step is then recorded in one
 * ({@link AgencyHandoverRecorder}).
 */
@ApplicationScoped
public class AgencyHandoverService implements AgencyHandovers {

    private static final int REASON_MAX = 500;
    private static final int SEND_PER_ROUND = 50;
    private static final int PAGES_PER_ROUND = 20;
    private static final int LETTERS_PER_ROUND = 50;
    /** The cursor row that says which letters of the last dunning level were looked at (no plugin has this id). */
    static final String LETTERS_CURSOR = "#dunning-letters";

    private Cases cases;
    private Letters letters;
    private Customers customers;
    private Documents documents;
    private PluginConfigurations configurations;
    private AgencyGateway agencies;
    private HandoverStore store;
    private BureauReportStore bureauReports;
    private CoverRequestStore covers;
    private AgencyHandoverRecorder recorder;
    private BusinessClock clock;

    protected AgencyHandoverService() {
    }

    @Inject
    public AgencyHandoverService(Cases cases, Letters letters, Customers customers, Documents documents,
                                 PluginConfigurations configurations, AgencyGateway agencies, HandoverStore store,
                                 BureauReportStore bureauReports, CoverRequestStore covers,
                                 AgencyHandoverRecorder recorder, BusinessClock clock) {
        this.cases = cases;
        this.letters = letters;
        this.customers = customers;
        this.documents = documents;
        this.configurations = configurations;
        this.agencies = agencies;
        this.store = store;
        this.bureauReports = bureauReports;
        this.covers = covers;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public HandoverView request(String company, HandoverApplication application, CustomerScope scope,
                                UserName actor) {
        if (application == null || application.caseId() == null) {
            throw InvalidInputException.ofField("caseId", "is required");
        }
        String reason = application.reason() == null ? "" : application.reason().strip();
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            throw InvalidInputException.ofField("reason", "is required, at most " + REASON_MAX + " characters");
        }
        CaseView handed = cases.get(company, application.caseId(), scope);
        if ("CLOSED".equals(handed.status())) {
            throw new ConflictException("case " + handed.id() + " is closed");
        }
        List<String> accounts = handed.transactions().stream().map(CaseView.Transaction::account).distinct().toList();
        if (accounts.size() != 1) {
            throw new RuleViolationException("case-of-several-customers", "case " + handed.id() + " holds "
                    + (accounts.isEmpty() ? "no transactions" : "transactions of " + accounts.size() + " customers")
                    + "; an agency takes a case of one customer");
        }
        CustomerView customer = customers.get(company, accounts.get(0), scope);
        List<DocumentView> open = handed.transactions().stream()
                .map(t -> documents.get(company, t.document()))
                .filter(d -> d.kind().isDebit() && d.openAmount().isPositive()).toList();
        if (open.isEmpty()) {
            throw new RuleViolationException("nothing-open", "case " + handed.id() + " has no invoice with an open"
                    + " amount to hand over");
        }
        Money total = open.stream().map(DocumentView::openAmount).reduce(Money::plus).orElseThrow();
        String plugin = EnabledPlugins.first(agencies.agencyPlugins(), configurations, company, "no-agency-plugin",
                "collection agency");
        HandoverView recorded = recorder.recordRequest(new HandoverStore.NewHandover(company, handed.id(), null,
                customer.account(), plugin, total, open.stream().map(DocumentView::document).toList(),
                HandoverState.APPROVED, null, reason, actor.value(), clock.now()));
        return recorded.state() == HandoverState.APPROVED ? trySend(recorded, actor) : recorded;
    }

    @Override
    public HandoverView approve(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                                UserName actor, ApproverLevel level) {
        HandoverView held = current(company, id, expectedVersion, scope);
        return trySend(recorder.recordDecision(held, true, note, actor, level), actor);
    }

    @Override
    public HandoverView reject(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                               UserName actor, ApproverLevel level) {
        return recorder.recordDecision(current(company, id, expectedVersion, scope), false, note, actor, level);
    }

    @Override
    public HandoverView send(String company, long id, CustomerScope scope, UserName actor) {
        HandoverView held = get(company, id, scope);
        if (held.state() != HandoverState.APPROVED) {
            throw new ConflictException("hand-over " + id + " is " + held.state() + "; only an approved hand-over the"
                    + " agency has not taken is sent");
        }
        HandoverView sent = trySend(held, actor);
        if (sent.state() == HandoverState.APPROVED) {
            throw new UnavailableException("the agency did not take hand-over " + id + ": " + sent.lastError());
        }
        return sent;
    }

    @Override
    public HandoverView recall(String company, long id, Long expectedVersion, String reason, CustomerScope scope,
                               UserName actor) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw InvalidInputException.ofField("reason", "is required, at most " + REASON_MAX + " characters");
        }
        HandoverView held = current(company, id, expectedVersion, scope);
        if (held.state() != HandoverState.HANDED_OVER) {
            throw new ConflictException("hand-over " + id + " is " + held.state() + "; only a case the agency holds"
                    + " is recalled");
        }
        agencies.recall(company, held.plugin(), held.agencyReference(), caseNumber(held), reason.strip());
        return recorder.recordRecall(held, reason.strip(), actor);
    }

    @Override
    public HandoverView get(String company, long id, CustomerScope scope) {
        HandoverView held = store.find(company, id)
                .orElseThrow(() -> new NotFoundException("hand-over", Long.toString(id)));
        return VisibleRecords.require(held, customers, company, held.account(), scope, "hand-over", id);
    }

    @Override
    public Page<HandoverView> list(String company, String account, HandoverState state, CustomerScope scope,
                                   PageRequest page) {
        return store.list(company, account, state, scope, page);
    }

    @Override
    public Page<org.dunwell.integrations.api.UnmatchedUpdateView> unmatched(String company, PageRequest page) {
        return store.unmatched(company, page);
    }

    @Override
    public AgencyRound poll(String company, UserName actor) {
        AgencyRound round = AgencyRound.nothing();
        boolean lettersDone = false;
        for (String plugin : agencies.agencyPlugins().stream().sorted().toList()) {
            Optional<PluginRuntimeConfiguration> enabled = configurations.enabled(company, plugin);
            if (enabled.isPresent()) {
                if (!lettersDone) {
                    round = round.plus(handOverLetters(company, plugin));
                    lettersDone = true;
                }
                round = round.plus(pollOne(company, plugin, chargesFees(enabled.get()), actor));
            }
        }
        return round;
    }

    /**
     * Hands over the customers of letters of the last dunning level posted since the last round, each as a case of
     * the letter's invoices still open (and not with the agency already), to the company's first enabled agency.
     */
    private AgencyRound handOverLetters(String company, String plugin) {
        int opened = 0;
        int sent = 0;
        long after = parseLong(store.cursor(company, LETTERS_CURSOR));
        for (LetterView letter : letters.handoverLetters(company, after, LETTERS_PER_ROUND)) {
            try {
                // the letter hands over, whoever started the round: the system asks (and anyone else may approve)
                HandoverView handover = recorder.recordLetterHandover(letter, plugin, UserName.SYSTEM);
                if (handover != null) {
                    opened++;
                    if (handover.state() == HandoverState.APPROVED
                            && trySend(handover, UserName.SYSTEM).state() == HandoverState.HANDED_OVER) {
                        sent++;
                    }
                }
            } catch (ConflictException | jakarta.persistence.PersistenceException someoneElse) {
                // another server handed this letter's customer over at the same moment
            }
            store.saveCursor(company, LETTERS_CURSOR, Long.toString(letter.id()), clock.now());
        }
        return new AgencyRound(opened, sent, 0, 0, 0, null);
    }

    private static long parseLong(String cursor) {
        return cursor == null ? 0 : Long.parseLong(cursor);
    }

    @Override
    public AgencyRound receive(String company, String plugin, List<AgencyEvent> events, UserName actor) {
        PluginRuntimeConfiguration enabled = configurations.enabled(company, plugin).orElseThrow(() ->
                new NotFoundException("plugin", plugin));
        return applyAll(company, plugin, events, chargesFees(enabled), actor);
    }

    private AgencyRound pollOne(String company, String plugin, boolean chargeFees, UserName actor) {
        int sent = 0;
        for (HandoverView waiting : store.toSend(company, plugin, SEND_PER_ROUND)) {
            try {
                HandoverView now = trySend(waiting, actor);
                if (now.state() == HandoverState.APPROVED) {
                    return new AgencyRound(0, sent, 0, 0, 0, now.lastError());
                }
                sent++;
            } catch (ConflictException someoneElse) {
                // sent by another server or user at the same moment
            }
        }
        AgencyRound round = new AgencyRound(0, sent, 0, 0, 0, null);
        String cursor = store.cursor(company, plugin);
        for (int pages = 0; pages < PAGES_PER_ROUND; pages++) {
            AgencyGateway.Page page;
            try {
                page = agencies.updates(company, plugin, cursor);
            } catch (UnavailableException | RuleViolationException agencyAway) {
                return round.plus(new AgencyRound(0, 0, 0, 0, 0, agencyAway.getMessage()));
            }
            AgencyRound applied = applyAll(company, plugin, page.events(), chargeFees, actor);
            round = round.plus(applied);
            if (applied.error() != null) {
                return round; // the cursor stays: the next round reads the page again, what was applied is skipped
            }
            if (page.nextCursor() == null || page.nextCursor().equals(cursor)) {
                break;
            }
            cursor = page.nextCursor();
            store.saveCursor(company, plugin, cursor, clock.now());
            if (page.events().isEmpty()) {
                break;
            }
        }
        return round;
    }

    private AgencyRound applyAll(String company, String plugin, List<AgencyEvent> events, boolean chargeFees,
                                 UserName actor) {
        int applied = 0;
        int duplicates = 0;
        int unmatched = 0;
        for (AgencyEvent event : events) {
            try {
                switch (recorder.apply(company, plugin, event, chargeFees, actor)) {
                    case APPLIED -> applied++;
                    case DUPLICATE -> duplicates++;
                    case UNMATCHED -> unmatched++;
                    default -> throw new IllegalStateException();
                }
            } catch (ConflictException | jakarta.persistence.PersistenceException raced) {
                // another server applied this update or one of the same case at the same moment: read again later
                return new AgencyRound(0, 0, applied, duplicates, unmatched, "update " + event.updateId()
                        + " met a concurrent change; it is applied by the next round");
            }
        }
        return new AgencyRound(0, 0, applied, duplicates, unmatched, null);
    }

    /** Asks the agency to take the hand-over; what it says is recorded, a failure is kept on the hand-over. */
    private HandoverView trySend(HandoverView held, UserName actor) {
        String reference;
        try {
            reference = agencies.handOver(held.company(), held.plugin(), agencyCase(held));
        } catch (UnavailableException | RuleViolationException failed) {
            recorder.recordFailure(held, failed.getMessage());
            return store.find(held.company(), held.id()).orElseThrow();
        }
        return recorder.recordSent(store.find(held.company(), held.id()).orElseThrow(), reference, actor);
    }

    private AgencyCase agencyCase(HandoverView held) {
        CustomerView customer = customers.get(held.company(), held.account(), CustomerScope.ALL);
        List<AgencyCase.Invoice> invoices = new ArrayList<>();
        for (String number : held.invoices()) {
            DocumentView invoice = documents.get(held.company(), number);
            invoices.add(new AgencyCase.Invoice(number, invoice.documentDate(), invoice.dueDate(), invoice.amount(),
                    invoice.openAmount()));
        }
        Money total = invoices.stream().map(AgencyCase.Invoice::open).reduce(Money::plus).orElseThrow();
        CaseView handed = cases.get(held.company(), held.caseId(), CustomerScope.ALL);
        List<AgencyCase.Event> history = handed.log().stream()
                .map(e -> new AgencyCase.Event(LocalDate.ofInstant(e.at(), java.time.ZoneOffset.UTC), e.action(),
                        e.detail())).toList();
        List<AgencyCase.Person> contacts = customer.contacts().stream()
                .map(c -> new AgencyCase.Person(c.name(), c.role(), c.email(), c.phone())).toList();
        String registration = null;
        String country = null;
        var report = bureauReports.latest(held.company(), held.account());
        var cover = covers.latest(held.company(), held.account());
        if (cover.isPresent()) {
            registration = cover.get().registrationNumber();
            country = cover.get().country();
        } else if (report.isPresent()) {
            registration = report.get().registrationNumber();
            country = report.get().country();
        }
        return new AgencyCase(caseNumber(held), held.account(), customer.name(),
                registration, country, invoices, total, history, contacts);
    }

    /** The case's number at the agency: the same on every attempt, so a repeated hand-over is the same case. */
    private static String caseNumber(HandoverView held) {
        return "DW-CASE-" + held.caseId() + "-" + held.id();
    }

    private HandoverView current(String company, long id, Long expectedVersion, CustomerScope scope) {
        HandoverView held = get(company, id, scope);
        if (expectedVersion != null && expectedVersion != held.version()) {
            throw new StaleVersionException("hand-over", id, expectedVersion, held.version());
        }
        return held;
    }

    private static boolean chargesFees(PluginRuntimeConfiguration configuration) {
        return "true".equalsIgnoreCase(configuration.settings().getOrDefault(CHARGE_FEES_SETTING, "false").strip());
    }
}
