package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dunwell.collections.api.ReturnedPayment;
import org.dunwell.collections.api.ReturnedPayments;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.RuleViolationException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Charge;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.SettlementView;
import org.dunwell.ledger.api.Settlements;

/** NSF: the ledger reverses the payment, collections marks what reopened, posts the fee and logs it all. */
@ApplicationScoped
@Transactional
public class ReturnedPaymentService implements ReturnedPayments {

    private Documents documents;
    private Visibility visibility;
    private Settlements settlements;
    private InvoiceStatuses statuses;
    private CollectionsLog log;
    private BusinessClock clock;

    protected ReturnedPaymentService() {
    }

    @Inject
    public ReturnedPaymentService(Documents documents, Visibility visibility, Settlements settlements,
                                  InvoiceStatuses statuses, CollectionsLog log, BusinessClock clock) {
        this.documents = documents;
        this.visibility = visibility;
        this.settlements = settlements;
        this.statuses = statuses;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public ReturnedPayment returnPayment(String company, String payment, LocalDate date, String reason,
                                         BigDecimal fee, String feeDocument, CustomerScope scope, UserName actor) {
        if (reason == null || reason.isBlank() || reason.length() > 400) {
            throw InvalidInputException.ofField("reason", "is required (the bank's return reason, at most 400"
                    + " characters)");
        }
        if (fee != null && fee.signum() < 0) {
            throw InvalidInputException.ofField("fee", "must not be negative");
        }
        DocumentView paid = visibility.document(company, payment, scope);
        if (paid.kind() != DocumentKind.PAYMENT) {
            throw new RuleViolationException("not-a-payment", payment + " is a " + paid.kind()
                    + "; only payments are returned");
        }
        if (paid.status() != DocumentStatus.POSTED) {
            throw new ConflictException(payment + " is already " + paid.status());
        }
        Set<String> settled = settledBy(company, paid);
        LocalDate on = date != null ? date : clock.today();
        DocumentView reversed = documents.reversePayment(company, payment, on, "NSF: " + reason, actor);
        List<DocumentView> reopened = new ArrayList<>();
        for (String invoice : settled) {
            reopened.add(statuses.paymentNotMade(company, invoice, "payment " + payment + " returned (NSF)", actor));
        }
        DocumentView charged = null;
        if (fee != null && fee.signum() > 0) {
            String number = feeDocument == null || feeDocument.isBlank() ? payment + "-NSF" : feeDocument.trim();
            charged = documents.postCharge(new Charge(company, paid.account(), DocumentKind.FEE, number, fee, on, on,
                    "NSF fee: payment " + payment + " returned (" + reason + ")"), actor);
        }
        log.record(company, paid.account(), "nsf", "payment " + payment, DocumentStatus.POSTED.name(),
                DocumentStatus.REVERSED.name(), reason + "; reopened " + (settled.isEmpty() ? "nothing"
                        : String.join(", ", settled)) + (charged == null ? "" : "; fee " + charged.document() + " "
                        + charged.amount().toPlainString()), actor);
        return new ReturnedPayment(reversed, reopened, charged);
    }

    /** The debits the payment settles now (its active settlements). */
    private Set<String> settledBy(String company, DocumentView payment) {
        Set<String> debits = new LinkedHashSet<>();
        int number = 0;
        Page<SettlementView> page;
        do {
            page = settlements.forCustomer(company, payment.account(), PageRequest.parse(number++,
                    PageRequest.MAX_SIZE, null));
            page.items().stream().filter(s -> s.creditDocument().equals(payment.document()) && s.undoneOn() == null)
                    .forEach(s -> debits.add(s.debitDocument()));
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return debits;
    }
}
