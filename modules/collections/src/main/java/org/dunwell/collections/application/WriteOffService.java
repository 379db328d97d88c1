package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.dunwell.collections.api.WriteOffStatus;
import org.dunwell.collections.api.WriteOffView;
import org.dunwell.collections.api.WriteOffs;
import org.dunwell.collections.domain.writeoff.WriteOffFilter;
import org.dunwell.collections.domain.writeoff.WriteOffRepository;
import org.dunwell.collections.domain.writeoff.WriteOffRequest;
import org.dunwell.credit.api.ApprovalRouting;
import org.dunwell.credit.api.ApproverLevel;
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

/**
 * Write-off requests: routed by amount, decided by someone else at the right level; approval
 * posts the write-off through the ledger, which locks the invoice, so concurrent approvals
 * never write off more than it has open.
 */
@ApplicationScoped
@Transactional
public class WriteOffService implements WriteOffs {

    private WriteOffRepository writeOffs;
    private Documents documents;
    private Visibility visibility;
    private ApprovalRouting routing;
    private CollectionsLog log;
    private BusinessClock clock;

    protected WriteOffService() {
    }

    @Inject
    public WriteOffService(WriteOffRepository writeOffs, Documents documents, Visibility visibility,
                           ApprovalRouting routing, CollectionsLog log, BusinessClock clock) {
        this.writeOffs = writeOffs;
        this.documents = documents;
        this.visibility = visibility;
        this.routing = routing;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public WriteOffView request(String company, String document, BigDecimal amount, String reasonCode, String note,
                                CustomerScope scope, UserName actor) {
        DocumentView invoice = InvoiceStatuses.requirePostedDebit(visibility.document(company, document, scope),
                "document");
        Money open = invoice.openAmount();
        Money asked = amount == null ? open : Money.of(amount, open.currency());
        if (asked.isGreaterThan(open) || !open.isPositive()) {
            throw new RuleViolationException("exceeds-open-amount", invoice.document() + " has " + open.toPlainString()
                    + " " + open.currency().getCurrencyCode() + " open; " + asked.toPlainString()
                    + " cannot be written off");
        }
        ApproverLevel level = routing.levelFor(company, asked, clock.today());
        WriteOffRequest request = new WriteOffRequest(company, invoice.account(), invoice.document(), asked,
                reasonCode, note, level, actor.value(), clock.now());
        writeOffs.store(request);
        writeOffs.flush();
        log.record(company, invoice.account(), "write-off-requested", "write-off " + request.id(), null,
                WriteOffStatus.PENDING.name(), asked.toPlainString() + " of " + invoice.document() + ": "
                        + request.reasonCode() + " (approver: " + level + ")", actor);
        return request.toView();
    }

    @Override
    public WriteOffView get(String company, long id, CustomerScope scope) {
        return find(company, id, scope).toView();
    }

    @Override
    public Page<WriteOffView> list(String company, String account, WriteOffStatus status, CustomerScope scope,
                                   PageRequest page) {
        page.requireSortAmong(List.of());
        return writeOffs.list(new WriteOffFilter(company, account, status), scope, page).map(WriteOffRequest::toView);
    }

    @Override
    public WriteOffView approve(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                                UserName actor, ApproverLevel level) {
        WriteOffRequest request = current(company, id, expectedVersion, scope);
        request.approve(actor.value(), level, note, clock.now());
        String number = "WO-" + id;
        documents.postSettledCredit(new SettledCredit(company, request.document(), DocumentKind.WRITE_OFF, number,
                request.amount().amount(), null, "write-off " + id + ": " + request.reasonCode()), actor);
        request.postedAs(number);
        writeOffs.flush();
        log.record(company, request.account(), "write-off-approved", "write-off " + id, WriteOffStatus.PENDING.name(),
                WriteOffStatus.APPROVED.name(), request.amount().toPlainString() + " of " + request.document()
                        + " posted as " + number + (note == null ? "" : ": " + note), actor);
        return request.toView();
    }

    @Override
    public WriteOffView reject(String company, long id, Long expectedVersion, String note, CustomerScope scope,
                               UserName actor, ApproverLevel level) {
        WriteOffRequest request = current(company, id, expectedVersion, scope);
        request.reject(actor.value(), level, note, clock.now());
        writeOffs.flush();
        log.record(company, request.account(), "write-off-rejected", "write-off " + id, WriteOffStatus.PENDING.name(),
                WriteOffStatus.REJECTED.name(), note, actor);
        return request.toView();
    }

    private WriteOffRequest current(String company, long id, Long expectedVersion, CustomerScope scope) {
        WriteOffRequest request = find(company, id, scope);
        if (expectedVersion != null && request.version() != expectedVersion) {
            throw new StaleVersionException("write-off", id, expectedVersion, request.version());
        }
        return request;
    }

    private WriteOffRequest find(String company, long id, CustomerScope scope) {
        WriteOffRequest found = writeOffs.find(company, id).orElseThrow(() -> new NotFoundException("write-off", id));
        return visibility.record(found, "write-off", id, company, List.of(found.account()), scope);
    }
}
