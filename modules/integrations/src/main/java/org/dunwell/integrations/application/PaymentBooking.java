package org.dunwell.integrations.application;

import java.util.ArrayList;
import java.util.List;
import org.dunwell.integrations.domain.RecoveryOrder;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.ledger.api.ReceivedPayment;
import org.dunwell.ledger.api.SettlementRequest;
import org.dunwell.ledger.api.Settlements;

/**
 * Money a third party collected for the company (an agency's recovery, an insurer's claim payment), booked as a
 * payment received on the customer's account and settled against the invoices it was for, in {@link RecoveryOrder}:
 * the one named first, then oldest due; what is left stays unsettled on the account.
 */
final class PaymentBooking {

    private final Documents documents;
    private final Settlements settlements;

    PaymentBooking(Documents documents, Settlements settlements) {
        this.documents = documents;
        this.settlements = settlements;
    }

    /** Books the payment and settles it; false when none of the invoices had anything open (nothing settled). */
    boolean book(ReceivedPayment payment, List<String> invoices, String namedFirst, UserName actor) {
        documents.postReceivedPayment(payment, actor);
        List<RecoveryOrder.OpenInvoice> open = new ArrayList<>();
        for (String invoice : invoices) {
            DocumentView stored = documents.get(payment.company(), invoice);
            open.add(new RecoveryOrder.OpenInvoice(invoice, stored.dueDate(), stored.openAmount().isPositive()));
        }
        List<String> order = RecoveryOrder.of(open, namedFirst);
        if (order.isEmpty()) {
            return false;
        }
        settlements.settle(new SettlementRequest(payment.company(), payment.document(), order, null, null), actor);
        return true;
    }
}
