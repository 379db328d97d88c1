package org.dunwell.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.integrations.api.ClaimApplication;
import org.dunwell.integrations.api.ClaimKind;
import org.dunwell.integrations.api.ClaimState;
import org.dunwell.integrations.api.InsuranceClaimView;
import org.dunwell.integrations.api.InsuranceClaims;
import org.dunwell.integrations.api.InsuredInvoice;
import org.dunwell.integrations.api.InsurerClaimAnswer;
import org.dunwell.integrations.api.InsurerGateway;
import org.dunwell.integrations.api.PluginConfigurations;
import org.dunwell.integrations.domain.ClaimStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UnavailableException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;

/**
 * Notices and claims to the insurer of the customer's credit insurance: checked here (the customer's open invoices;
 * for a notice, overdue ones), the insurer asked outside any transaction, each step recorded in one
 * ({@link InsuranceClaimRecorder}).
 */
@ApplicationScoped
public class InsuranceClaimService implements InsuranceClaims {

    private static final int REASON_MAX = 500;
    private static final int INVOICES_MAX = 200;

    private Customers customers;
    private Documents documents;
    private CreditProfiles profiles;
    private PluginConfigurations configurations;
    private InsurerGateway insurers;
    private ClaimStore store;
    private InsuranceClaimRecorder recorder;
    private BusinessClock clock;

    protected InsuranceClaimService() {
    }

    @Inject
    public InsuranceClaimService(Customers customers, Documents documents, CreditProfiles profiles,
                                 PluginConfigurations configurations, InsurerGateway insurers, ClaimStore store,
                                 InsuranceClaimRecorder recorder, BusinessClock clock) {
        this.customers = customers;
        this.documents = documents;
        this.profiles = profiles;
        this.configurations = configurations;
        this.insurers = insurers;
        this.store = store;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The customer's cover and insurer, and the invoices named, checked. */
    private record Insured(String account, String plugin, String cover, List<DocumentView> invoices, Money total,
                           String reason) {
    }

    @Override
    public InsuranceClaimView notifyOverdue(String company, ClaimApplication application, CustomerScope scope,
                                            UserName actor) {
        Insured insured = insured(company, application, scope, true);
        String reference = insurers.notifyOverdue(company, insured.plugin(), insured.cover(), insured.account(),
                insuredInvoices(insured.invoices()));
        return recorder.recordNotice(newClaim(company, insured, ClaimKind.NOTICE, ClaimState.NOTIFIED, actor),
                reference);
    }

    @Override
    public InsuranceClaimView file(String company, ClaimApplication application, CustomerScope scope,
                                   UserName actor) {
        Insured insured = insured(company, application, scope, false);
        InsuranceClaimView kept = recorder.recordClaim(newClaim(company, insured, ClaimKind.CLAIM, ClaimState.FILING,
                actor));
        return send(kept, actor);
    }

    @Override
    public InsuranceClaimView refresh(String company, long id, CustomerScope scope, UserName actor) {
        InsuranceClaimView held = get(company, id, scope);
        if (held.state().closed()) {
            throw new ConflictException("claim " + id + " is " + held.state() + ": nothing follows");
        }
        if (held.state() == ClaimState.FILING) {
            return send(held, actor);
        }
        return recorder.recordAnswer(held, insurers.claimStatus(company, held.plugin(), held.insurerReference()),
                actor);
    }

    @Override
    public InsuranceClaimView get(String company, long id, CustomerScope scope) {
        InsuranceClaimView held = store.find(company, id)
                .orElseThrow(() -> new NotFoundException("claim", Long.toString(id)));
        return VisibleRecords.require(held, customers, company, held.account(), scope, "claim", id);
    }

    @Override
    public Page<InsuranceClaimView> list(String company, String account, ClaimKind kind, CustomerScope scope,
                                         PageRequest page) {
        return store.list(company, account, kind, scope, page);
    }

    @Override
    public int receive(String company, String plugin, List<InsurerClaimAnswer> answers, UserName actor) {
        int changed = 0;
        for (InsurerClaimAnswer answer : answers) {
            Optional<InsuranceClaimView> held = store.byInsurerReference(company, plugin, answer.insurerReference())
                    .or(() -> answer.claimNumber() == null ? Optional.empty()
                            : store.byClaimNumber(company, answer.claimNumber()).filter(c -> c.plugin().equals(plugin)));
            if (held.isEmpty() || held.get().state().closed()) {
                continue;
            }
            try {
                if (recorder.recordAnswer(held.get(), answer, actor).version() != held.get().version()) {
                    changed++;
                }
            } catch (ConflictException someoneElse) {
                // refreshed at the same moment: that answer stands
            }
        }
        return changed;
    }

    /** Files the kept claim under its number; the insurer's answer, its refusal (REJECTED) or why it was not reached. */
    private InsuranceClaimView send(InsuranceClaimView kept, UserName actor) {
        List<DocumentView> invoices = kept.invoices().stream().map(n -> documents.get(kept.company(), n)).toList();
        InsurerClaimAnswer answer;
        try {
            answer = insurers.fileClaim(kept.company(), kept.plugin(), kept.claimNumber(), kept.coverReference(),
                    kept.account(), insuredInvoices(invoices), kept.amount());
        } catch (UnavailableException notReached) {
            return recorder.recordFailure(kept, ClaimState.FILING, notReached.getMessage(), actor);
        } catch (RuleViolationException refused) {
            return recorder.recordFailure(kept, ClaimState.REJECTED, refused.getMessage(), actor);
        }
        return recorder.recordAnswer(kept, answer, actor);
    }

    private Insured insured(String company, ClaimApplication application, CustomerScope scope, boolean overdue) {
        if (application == null || application.account() == null) {
            throw InvalidInputException.ofField("account", "is required");
        }
        String account = customers.get(company, application.account(), scope).account();
        String reason = application.reason() == null ? "" : application.reason().strip();
        if (reason.isEmpty() || reason.length() > REASON_MAX) {
            throw InvalidInputException.ofField("reason", "is required, at most " + REASON_MAX + " characters");
        }
        List<String> named = application.invoices() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(application.invoices()));
        if (named.isEmpty() || named.size() > INVOICES_MAX) {
            throw InvalidInputException.ofField("invoices", "name 1 to " + INVOICES_MAX + " of the customer's invoices");
        }
        CreditProfileView.Insurance insurance = profiles.profile(company, account, clock.today(), scope).insurance();
        if (insurance == null || !insurers.insurerPlugins().contains(insurance.insurer())
                || configurations.enabled(company, insurance.insurer()).isEmpty()) {
            throw new RuleViolationException("not-insured-through-a-plugin", account + " has no credit insurance"
                    + " granted through an insurer plugin enabled for " + company + ": ask for cover first");
        }
        LocalDate today = clock.today();
        List<DocumentView> invoices = new ArrayList<>();
        for (String number : named) {
            DocumentView invoice = documents.get(company, number, scope);
            if (!invoice.account().equals(account) || !invoice.kind().isDebit() || !invoice.openAmount().isPositive()) {
                throw InvalidInputException.ofField("invoices", number + " is not an open invoice of " + account);
            }
            if (overdue && (invoice.dueDate() == null || !invoice.dueDate().isBefore(today))) {
                throw InvalidInputException.ofField("invoices", number + " is not overdue (due "
                        + invoice.dueDate() + ")");
            }
            invoices.add(invoice);
        }
        Money total = invoices.stream().map(DocumentView::openAmount).reduce(Money::plus).orElseThrow();
        return new Insured(account, insurance.insurer(), insurance.policy(), invoices, total, reason);
    }

    private ClaimStore.NewClaim newClaim(String company, Insured insured, ClaimKind kind, ClaimState state,
                                         UserName actor) {
        return new ClaimStore.NewClaim(company, insured.account(), insured.plugin(), insured.cover(), kind, state,
                insured.total(), insured.invoices().stream().map(DocumentView::document).toList(), insured.reason(),
                actor.value(), clock.now());
    }

    private static List<InsuredInvoice> insuredInvoices(List<DocumentView> invoices) {
        return invoices.stream().map(d -> new InsuredInvoice(d.document(), d.documentDate(), d.dueDate(),
                d.openAmount())).toList();
    }
}
