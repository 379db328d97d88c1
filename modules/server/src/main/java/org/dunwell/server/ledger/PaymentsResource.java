package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import org.dunwell.kernel.api.Page;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** Payments: applied to the invoice they name, or left unsettled on the account; reversed by the ERP. */
@Path("/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class PaymentsResource {

    /** A new payment. */
    @Schema(description = "A new payment.",
            example = "{\"document\":\"PAY-3\",\"account\":\"C1\",\"date\":\"2026-11-01\",\"currency\":\"USD\",\"amount\":\"50.00\",\"appliesTo\":\"INV-2\"}")
    public record PaymentInput(@Schema(ref = "Key") String company,
                               @Schema(required = true, ref = "Key") String document,
                               @Schema(required = true, ref = "Key") String account,
                               @Schema(required = true, ref = "Date") String date,
                               @Schema(required = true, ref = "Currency") String currency,
                               @Schema(required = true, ref = "Amount") String amount,
                               @Schema(ref = "Key") String appliesTo,
                               String reference) {
    }

    /** Reverse a payment: on which day (default today) and why. */
    @Schema(description = "Reverse a payment: on which day (default today) and why.",
            example = "{\"reason\":\"reversed by the bank\"}")
    public record Reversal(@Schema(ref = "Date") String date,
                           @Schema(required = true) String reason) {
    }

    @Inject
    DocumentsEndpoint endpoint;

    @GET
    @Operation(summary = "List payments", description = "Filters: account, from / to (document date), open (something"
            + " left open), status. Only customers the caller may see.")
    public Page<DocumentJson> list(@BeanParam DocumentQuery query) {
        return endpoint.list(DocumentKind.PAYMENT, query);
    }

    @GET
    @Path("{document}")
    @Operation(summary = "One payment")
    @APIResponse(responseCode = "200", description = "The payment (ETag: its version)",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    public Response get(@PathParam("document") String document, @QueryParam("company") String company) {
        return endpoint.get(DocumentKind.PAYMENT, company, document);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "Post one payment", description = "The import's rules: the same payment again is unchanged, other values for an existing number are a 409; appliesTo settles that invoice of the same customer.")
    @APIResponse(responseCode = "201", description = "The posted payment (ETag, Location)",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
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
    @APIResponse(responseCode = "200", description = "The reversed payment",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    public Response reverse(@PathParam("document") String document, @QueryParam("company") String company,
                            Reversal in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        return endpoint.reverse(company, document, Amounts.date("date", in.date()), in.reason());
    }
}
