package org.dunwell.ai.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dunwell.ai.api.ReplyTriage;
import org.dunwell.ai.api.TriageView;
import org.dunwell.ai.api.Verification;
import org.dunwell.ai.domain.GroundingFacts;
import org.dunwell.ai.domain.GroundingVerifier;
import org.dunwell.ai.domain.LanguageFormats;
import org.dunwell.ai.domain.ModelWriter;
import org.dunwell.ai.domain.ReplyReader;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.OpenItem;

/**
 * Triage of a customer's reply: the model reads it (the reply goes as quoted data, with the customer's open
 * invoices), else the template reader; either suggestion is checked by the grounding verifier against the open
 * invoices and what the reply itself writes (an amount, a day to come), and one that fails is replaced by the
 * template reader's. The answer carries the promise or dispute call that records it: the agent confirms with it.
 */
@ApplicationScoped
public class ReplyTriageService implements ReplyTriage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REPLY = 20_000;

    private Customers customers;
    private AccountQueries accounts;
    private GroundedWriter writer;
    private BusinessClock clock;

    protected ReplyTriageService() {
    }

    @Inject
    public ReplyTriageService(Customers customers, AccountQueries accounts, GroundedWriter writer,
                              BusinessClock clock) {
        this.customers = customers;
        this.accounts = accounts;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public TriageView triage(String company, String account, String reply, String language, CustomerScope scope) {
        if (reply == null || reply.isBlank()) {
            throw InvalidInputException.ofField("text", "is required: the customer's reply");
        }
        if (reply.length() > MAX_REPLY) {
            throw InvalidInputException.ofField("text", "must be at most " + MAX_REPLY + " characters");
        }
        LanguageFormats.check(language);
        CustomerView customer = customers.get(company, account, scope);
        String chosen = LanguageFormats.chosen(language, customer.reminderRecipient().language());
        LocalDate today = clock.today();
        List<ReplyReader.OpenInvoice> open = new ArrayList<>();
        for (OpenItem item : accounts.openItems(company, customer.account(), today)) {
            if (item.kind().isDebit()) {
                open.add(new ReplyReader.OpenInvoice(item.document(), item.dueDate(), item.openAmount().amount()));
            }
        }
        ReplyReader.Reading template = ReplyReader.read(reply, open, chosen, today);
        GroundingFacts grounding = grounding(customer.account(), open, reply, chosen, today);
        ReplyReader.Reading reading = template;
        String source = GroundedWriter.TEMPLATE;
        String fallback = null;
        if (writer.modelConfigured()) {
            try {
                ReplyReader.Reading model = fromModel(writer.reply(new ModelWriter.ReplyRequest(chosen,
                        openItemsJson(open, chosen, customer.currency()), reply)), open, chosen);
                Verification check = verify(model, grounding, chosen, customer.currency(), today);
                if (check.passed()) {
                    reading = model;
                    source = GroundedWriter.MODEL;
                } else {
                    fallback = "the model's reading failed the verifier (" + check.violations().stream()
                            .map(v -> v.text()).toList() + "): the template reader's instead";
                }
            } catch (ModelWriter.ModelFailure e) {
                fallback = "the model failed (" + e.getMessage() + "): the template reader's reading instead";
            }
        }
        Verification verification = verify(reading, grounding, chosen, customer.currency(), today);
        TriageView.Confirm confirm = verification.passed() ? confirm(company, customer, reading) : null;
        return new TriageView(customer.account(), chosen, reading.kind(), reading.amount(), reading.date(),
                reading.documents(), reading.reasonCode(), reading.reason(), source, fallback, verification, confirm);
    }

    /** What a suggestion may name: the open invoices and their amounts, and the amounts and days to come the reply writes. */
    private static GroundingFacts grounding(String account, List<ReplyReader.OpenInvoice> open, String reply,
                                            String language, LocalDate today) {
        Set<BigDecimal> amounts = new HashSet<>();
        Set<String> documents = new HashSet<>(List.of(account));
        BigDecimal all = BigDecimal.ZERO;
        for (ReplyReader.OpenInvoice invoice : open) {
            amounts.add(invoice.open());
            documents.add(invoice.document());
            all = all.add(invoice.open());
        }
        amounts.add(all);
        GroundingVerifier.Written written = GroundingVerifier.written(reply, language);
        amounts.addAll(written.numbers());
        Set<LocalDate> dates = new HashSet<>();
        written.dates().stream().filter(d -> !d.isBefore(today)).forEach(dates::add);
        return new GroundingFacts(amounts, Set.of(), Set.of(), dates, documents, List.of(), false);
    }

    private static Verification verify(ReplyReader.Reading reading, GroundingFacts grounding, String language,
                                       String currency, LocalDate today) {
        LanguageFormats l = LanguageFormats.of(language);
        StringBuilder stated = new StringBuilder(String.join(" ", reading.documents()));
        if (reading.amount() != null) {
            stated.append(' ').append(l.money(reading.amount(), currency));
        }
        if (reading.date() != null) {
            stated.append(' ').append(l.date(reading.date()));
        }
        List<org.dunwell.ai.api.Violation> violations = new ArrayList<>(GroundingVerifier.verify(stated.toString(),
                grounding, language));
        if ("PROMISE".equals(reading.kind()) && (reading.amount() == null || reading.date() == null
                || reading.documents().isEmpty())) {
            violations.add(new org.dunwell.ai.api.Violation("CLAIM", reading.kind(),
                    "a promise needs an amount, a day and invoices the reply gives"));
        }
        if ("DISPUTE".equals(reading.kind()) && reading.documents().size() != 1) {
            violations.add(new org.dunwell.ai.api.Violation("CLAIM", reading.kind(),
                    "a dispute names one open invoice"));
        }
        return Verification.of(violations);
    }

    private static ReplyReader.Reading fromModel(ModelWriter.ReplyReading answer, List<ReplyReader.OpenInvoice> open,
                                                 String language) throws ModelWriter.ModelFailure {
        if (answer == null || answer.kind() == null) {
            throw new ModelWriter.ModelFailure("the answer was malformed: no kind", null);
        }
        String kind = answer.kind().strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("PROMISE", "DISPUTE", "NONE").contains(kind)) {
            throw new ModelWriter.ModelFailure("the answer was malformed: kind " + answer.kind(), null);
        }
        List<BigDecimal> amounts = answer.amount() == null ? List.of()
                : GroundingVerifier.written(answer.amount(), language).numbers();
        List<LocalDate> dates = answer.date() == null ? List.of()
                : GroundingVerifier.written(answer.date(), language).dates();
        String reasonCode = "DISPUTE".equals(kind) ? "OTHER" : null;
        return new ReplyReader.Reading(kind, amounts.isEmpty() ? null : amounts.get(0),
                dates.isEmpty() ? null : dates.get(0), answer.invoices() == null ? List.of()
                : List.copyOf(answer.invoices()), reasonCode, answer.reason());
    }

    private static String openItemsJson(List<ReplyReader.OpenInvoice> open, String language, String currency) {
        LanguageFormats l = LanguageFormats.of(language);
        var items = JSON.createArrayNode();
        for (ReplyReader.OpenInvoice invoice : open) {
            items.addObject().put("document", invoice.document()).put("open", l.money(invoice.open(), currency))
                    .put("dueDate", invoice.dueDate() == null ? null : l.date(invoice.dueDate()));
        }
        return items.toString();
    }

    private static TriageView.Confirm confirm(String company, CustomerView customer, ReplyReader.Reading reading) {
        String path;
        ObjectNode body = JSON.createObjectNode();
        switch (reading.kind()) {
            case "PROMISE" -> {
                path = "/api/v1/promises?company=" + company;
                body.put("account", customer.account()).put("amount", reading.amount().toPlainString())
                        .put("promisedOn", reading.date().toString()).put("notes", "from the customer's reply");
                reading.documents().forEach(body.putArray("documents")::add);
            }
            case "DISPUTE" -> {
                path = "/api/v1/disputes?company=" + company;
                body.put("document", reading.documents().get(0)).put("reasonCode", reading.reasonCode())
                        .put("explanation", reading.reason() == null ? "from the customer's reply"
                                : "the customer's reply: " + reading.reason());
            }
            default -> {
                return null;
            }
        }
        return new TriageView.Confirm("POST", path, body.toString());
    }
}
