package org.dunwell.server.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Locale;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;
import org.dunwell.server.platform.CompanyContext;
import org.dunwell.server.platform.ETags;
import org.dunwell.server.security.Caller;
import org.dunwell.server.security.CustomerVisibility;
import org.dunwell.ledger.api.Customers;

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

    @Inject
    Customers customers;

    Page<DocumentJson> list(DocumentKind kind, String company, String account, String from, String to, Boolean open,
                            String status, Integer page, Integer size, String sort) {
        DocumentStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = DocumentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.ofField("status", "must be POSTED, CANCELLED or REVERSED");
            }
        }
        return documents.list(new DocumentFilter(companies.resolve(company), kind, blankToNull(account),
                        org.dunwell.server.platform.Amounts.date("from", from),
                        org.dunwell.server.platform.Amounts.date("to", to), open, wanted, visibility.scope()),
                PageRequest.parse(page, size, sort)).map(DocumentJson::of);
    }

    Response get(DocumentKind kind, String company, String document) {
        DocumentView view = documents.get(companies.resolve(company), document);
        visibility.requireVisible(customers.get(view.company(), view.account()));
        if (view.kind() != kind) {
            throw new org.dunwell.kernel.api.NotFoundException(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    document);
        }
        return Response.ok(DocumentJson.of(view)).tag(ETags.of(view.version())).build();
    }

    Response post(DocumentDraft draft, UriInfo uri) {
        DocumentView view = documents.post(draft, companies.defaultCompany(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(view.document()).build())
                .tag(ETags.of(view.version())).entity(DocumentJson.of(view)).build();
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

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
