package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.DocumentDraft;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.server.platform.Amounts;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payments: applied to the invoice they name, or left unsettled on the account; reversed by the ERP. */
@Path("/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class PaymentsResource extends DocumentKindResource {

    /** A new payment. */
    public record PaymentInput(String company, String document, String account, String date, String currency,
                               String amount, String appliesTo, String reference) {
    }

    /** Reverse a payment: on which day (default today) and why. */
    public record Reversal(String date, String reason) {
    }

    @Override
    protected DocumentKind kind() {
        return DocumentKind.PAYMENT;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    public Response post(PaymentInput in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException("a payment is required in the body");
        }
        return endpoint.post(new DocumentDraft(DocumentKind.PAYMENT, in.company(), in.document(), in.account(),
                Amounts.date("date", in.date()), null, in.currency(), Amounts.parse("amount", in.amount()),
                in.reference(), null, null, in.appliesTo()), uri);
    }

    @POST
    @Path("{document}/reverse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "Reverse a payment", description = "Its settlements are undone and the invoices reopen.")
    public Response reverse(@PathParam("document") String document, @QueryParam("company") String company,
                            Reversal in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        return endpoint.reverse(company, document, Amounts.date("date", in.date()), in.reason());
    }
}
