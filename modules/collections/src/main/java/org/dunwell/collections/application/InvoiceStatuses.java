package org.dunwell.collections.application;

import org.dunwell.collections.domain.dispute.DisputeRepository;
import org.dunwell.collections.domain.promise.PromiseRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;

/**
 * The one rule for an invoice's collection status as collections sees it: {@code DISPUTED} while
 * a dispute of it is open, else {@code PROMISED} while an open promise covers it, else back to
 * {@code NONE} (a {@code PAYMENT_NOT_MADE} mark stays until then). Every change goes into the
 * customer's collections history.
 */
@ApplicationScoped
public class InvoiceStatuses {

    private DisputeRepository disputes;
    private PromiseRepository promises;
    private Documents documents;
    private CollectionsLog log;

    protected InvoiceStatuses() {
    }

    @Inject
    public InvoiceStatuses(DisputeRepository disputes, PromiseRepository promises, Documents documents,
                           CollectionsLog log) {
        this.disputes = disputes;
        this.promises = promises;
        this.documents = documents;
        this.log = log;
    }

    /** Sets the status the invoice's open disputes and promises call for, after they changed. */
    public void refresh(String company, String document, String why, UserName actor) {
        DocumentView invoice = documents.get(company, document);
        set(invoice, wanted(company, document, invoice.collectionStatus()), why, actor);
    }

    /** Marks an invoice a returned payment reopened, unless a dispute or promise decides it; the invoice now. */
    public DocumentView paymentNotMade(String company, String document, String why, UserName actor) {
        DocumentView invoice = documents.get(company, document);
        return set(invoice, wanted(company, document, CollectionStatus.PAYMENT_NOT_MADE), why, actor);
    }

    /** An invoice (fee, interest note) that is posted: what disputes, promises and write-offs are about. */
    static DocumentView requirePostedDebit(DocumentView document, String field) {
        if (!document.kind().isDebit() || document.status() != DocumentStatus.POSTED) {
            throw InvalidInputException.ofField(field, "'" + document.document() + "' is not a posted invoice");
        }
        return document;
    }

    private CollectionStatus wanted(String company, String document, CollectionStatus otherwise) {
        if (!disputes.openOn(company, document).isEmpty()) {
            return CollectionStatus.DISPUTED;
        }
        if (promises.countOpenOn(company, document) > 0) {
            return CollectionStatus.PROMISED;
        }
        return otherwise == CollectionStatus.PAYMENT_NOT_MADE ? otherwise : CollectionStatus.NONE;
    }

    private DocumentView set(DocumentView invoice, CollectionStatus wanted, String why, UserName actor) {
        if (invoice.collectionStatus() == wanted) {
            return invoice;
        }
        DocumentView changed = documents.setCollectionStatus(invoice.company(), invoice.document(), wanted, why,
                actor);
        log.record(invoice.company(), invoice.account(), "collection-status", "invoice " + invoice.document(),
                invoice.collectionStatus().name(), wanted.name(), why, actor);
        return changed;
    }
}
