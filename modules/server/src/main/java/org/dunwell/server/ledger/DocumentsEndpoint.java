package org.dunwell.server.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Locale;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.platform.Created;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;

/** What the invoice, credit-note and payment resources share: listing, reading and posting one kind. */
@ApplicationScoped
public class DocumentsEndpoint {

    @Inject
    Documents documents;

    @Inject
    CompanyContext companies;

    @Inject
    Caller caller;

    @Inject
    CustomerVisibility visibility;


    Page<DocumentJson> list(DocumentKind kind, DocumentQuery query) {
        String status = query.status;
        DocumentStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = DocumentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.ofField("status", "must be POSTED, CANCELLED or REVERSED");
            }
        }
        return documents.list(new DocumentFilter(companies.resolve(query.company), kind, blankToNull(query.account),
                        Amounts.date("from", query.from),
                        Amounts.date("to", query.to), query.open, wanted,
                        visibility.scope()),
                PageRequest.parse(query.page, query.size, query.sort)).map(DocumentJson::of);
    }

    Response get(DocumentKind kind, String company, String document) {
        DocumentView view = documents.get(companies.resolve(company), document, visibility.scope());
        if (view.kind() != kind) {
            throw new NotFoundException(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    document);
        }
        return Response.ok(DocumentJson.of(view)).tag(ETags.of(view.version())).build();
    }

    Response post(DocumentDraft draft, UriInfo uri) {
        DocumentView view = documents.post(draft, companies.resolve(draft.company()), caller.name());
        return Created.at(uri, DocumentJson.of(view), view.version(), path(view.kind()), view.document());
    }

    Response cancel(String company, String invoice, String creditNote, LocalDate date, String reason) {
        DocumentView view = documents.cancelInvoice(companies.resolve(company), invoice, creditNote, date, reason,
                caller.name());
        return Response.ok(DocumentJson.of(view)).tag(ETags.of(view.version())).build();
    }

    Response reverse(String company, String payment, LocalDate date, String reason) {
        DocumentView view = documents.reversePayment(companies.resolve(company), payment, date, reason,
                caller.name());
        return Response.ok(DocumentJson.of(view)).tag(ETags.of(view.version())).build();
    }

    /** Where the API keeps documents of a kind. */
    static String path(DocumentKind kind) {
        return switch (kind) {
            case INVOICE -> "invoices";
            case CREDIT_NOTE -> "credit-notes";
            case PAYMENT -> "payments";
            default -> throw new IllegalArgumentException(kind + " documents are not posted through the API");
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
