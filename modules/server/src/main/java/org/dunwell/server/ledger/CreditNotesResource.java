package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit notes: applied to the invoice they name, or left unapplied on the account. */
@Path("/credit-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CreditNotesResource extends DocumentKindResource {

    /** A new credit note. */
    public record CreditNoteInput(String company, String document, String account, String documentDate,
                                  String currency, String amount, String appliesTo, String reference) {
    }

    @Override
    protected DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    public Response post(CreditNoteInput in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException("a credit note is required in the body");
        }
        return endpoint.post(new DocumentDraft(DocumentKind.CREDIT_NOTE, in.company(), in.document(), in.account(),
                Amounts.date("documentDate", in.documentDate()), null, in.currency(),
                Amounts.parse("amount", in.amount()), in.reference(), null, null, in.appliesTo()), uri);
    }
}
