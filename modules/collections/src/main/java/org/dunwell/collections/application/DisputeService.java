package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.dunwell.collections.api.DisputeDraft;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.DisputeView;
import org.dunwell.collections.api.Disputes;
import org.dunwell.collections.domain.dispute.Dispute;
import org.dunwell.collections.domain.dispute.DisputeFilter;
import org.dunwell.collections.domain.dispute.DisputeRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.SettledCredit;

/** Disputes of invoices: opened on what is open and not yet disputed, resolved once. */
@ApplicationScoped
@Transactional
public class DisputeService implements Disputes {

    private DisputeRepository disputes;
    private Documents documents;
    private Visibility visibility;
    private InvoiceStatuses statuses;
    private CollectionsLog log;
    private BusinessClock clock;

    protected DisputeService() {
    }

    @Inject
    public DisputeService(DisputeRepository disputes, Documents documents, Visibility visibility,
                          InvoiceStatuses statuses, CollectionsLog log, BusinessClock clock) {
        this.disputes = disputes;
        this.documents = documents;
        this.visibility = visibility;
        this.statuses = statuses;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public DisputeView open(String company, DisputeDraft draft, CustomerScope scope, UserName actor) {
        DocumentView invoice = InvoiceStatuses.requirePostedDebit(
                visibility.documentForUpdate(company, draft.document(), scope), "document");
        Money disputedAlready = openDisputes(company, invoice.document()).stream().map(Dispute::amount)
                .reduce(Money.zero(invoice.openAmount().currency()), Money::plus);
        Money undisputed = invoice.openAmount().minus(disputedAlready);
        Money amount = draft.amount() == null ? undisputed : Money.of(draft.amount(), invoice.openAmount().currency());
        if (amount.isGreaterThan(undisputed) || !undisputed.isPositive()) {
            throw new RuleViolationException("exceeds-open-amount", invoice.document() + " has "
                    + undisputed.toPlainString() + " " + undisputed.currency().getCurrencyCode()
                    + " open and not disputed; " + amount.toPlainString() + " cannot be disputed");
        }
        String investigator = draft.investigator() == null || draft.investigator().isBlank() ? null
                : UserName.of(draft.investigator().trim()).value();
        Dispute dispute = new Dispute(company, invoice.account(), invoice.document(), amount, draft.lines(),
                draft.reasonCode(), draft.explanation(), investigator, actor.value(), clock.now());
        disputes.store(dispute);
        disputes.flush();
        log.record(company, invoice.account(), "dispute-opened", "dispute " + dispute.id(), null,
                DisputeStatus.OPEN.name(), amount.toPlainString() + " of " + invoice.document() + ": "
                        + dispute.toView().reasonCode(), actor);
        statuses.refresh(company, invoice.document(), "dispute " + dispute.id(), actor);
        return dispute.toView();
    }

    @Override
    public DisputeView get(String company, long id, CustomerScope scope) {
        return find(company, id, scope).toView();
    }

    @Override
    public Page<DisputeView> list(String company, String account, String document, DisputeStatus status,
                                  String investigator, CustomerScope scope, PageRequest page) {
        page.requireSortAmong(List.of());
        return disputes.list(new DisputeFilter(company, account, document, status, investigator), scope, page)
                .map(Dispute::toView);
    }

    @Override
    public DisputeView resolve(String company, long id, long expectedVersion, DisputeStatus outcome,
                               BigDecimal resolutionAmount, String creditNote, String note, CustomerScope scope,
                               UserName actor) {
        Dispute dispute = find(company, id, scope);
        if (dispute.version() != expectedVersion) {
            throw new StaleVersionException("dispute", id, expectedVersion, dispute.version());
        }
        Money resolution = resolutionAmount == null ? null : Money.of(resolutionAmount, dispute.amount().currency());
        dispute.resolve(outcome, resolution, note, actor.value(), clock.now());
        if (outcome == DisputeStatus.CREDIT_ISSUED) {
            String number = creditNote == null || creditNote.isBlank() ? "DSP-" + id : creditNote.trim();
            documents.postSettledCredit(new SettledCredit(company, dispute.document(), DocumentKind.CREDIT_NOTE, number,
                    resolution.amount(), null, "dispute " + id + " resolved: " + dispute.toView().reasonCode()
                            + (note == null || note.isBlank() ? "" : " (" + note + ")")), actor);
            dispute.creditedBy(number);
        }
        disputes.flush();
        log.record(company, dispute.account(), "dispute-resolved", "dispute " + id, DisputeStatus.OPEN.name(),
                outcome.name(), (resolution == null ? "" : resolution.toPlainString() + " ")
                        + (note == null ? "" : note), actor);
        statuses.refresh(company, dispute.document(), "dispute " + id + " " + outcome, actor);
        return dispute.toView();
    }

    private List<Dispute> openDisputes(String company, String document) {
        return disputes.openOn(company, document);
    }

    private Dispute find(String company, long id, CustomerScope scope) {
        Dispute found = disputes.find(company, id).orElseThrow(() -> new NotFoundException("dispute", id));
        return visibility.record(found, "dispute", id, company, List.of(found.account()), scope);
    }
}
