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

/** Invoices: posted by the ERP, never changed, cancelled through a credit note. */
@Path("/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class InvoicesResource {

    /** A new invoice. */
    @Schema(description = "A new invoice.",
            example = "{\"document\":\"INV-5\",\"account\":\"C1\",\"documentDate\":\"2026-10-15\",\"dueDate\":\"2026-11-14\",\"currency\":\"USD\",\"amount\":\"120.00\",\"reference\":\"SO-5\"}")
    public record InvoiceInput(@Schema(ref = "Key") String company,
                               @Schema(required = true, ref = "Key") String document,
                               @Schema(required = true, ref = "Key") String account,
                               @Schema(required = true, ref = "Date") String documentDate,
                               @Schema(required = true, ref = "Date") String dueDate,
                               @Schema(required = true, ref = "Currency") String currency,
                               @Schema(required = true, ref = "Amount") String amount,
                               String reference,
                               String customerPo,
                               String description) {
    }

    /** Cancel an invoice: the credit note's number (optional), its date (default today) and why. */
    @Schema(description = "Cancel an invoice: the credit note's number (optional), its date (default today) and why.",
            example = "{\"reason\":\"ordered twice\"}")
    public record Cancellation(@Schema(ref = "Key") String creditNote,
                               @Schema(ref = "Date") String date,
                               @Schema(required = true) String reason) {
    }

    @Inject
    DocumentsEndpoint endpoint;

    @GET
    @Operation(summary = "List invoices", description = "Filters: account, from / to (document date), open (something"
            + " left open), status. Only customers the caller may see.")
    public Page<DocumentJson> list(@BeanParam DocumentQuery query) {
        return endpoint.list(DocumentKind.INVOICE, query);
    }

    @GET
    @Path("{document}")
    @Operation(summary = "One invoice")
    @APIResponse(responseCode = "200", description = "The invoice (ETag: its version)",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    public Response get(@PathParam("document") String document, @QueryParam("company") String company) {
        return endpoint.get(DocumentKind.INVOICE, company, document);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "Post one invoice", description = "The import's rules: the same invoice again is unchanged,"
            + " other values for an existing number are a 409.")
    @APIResponse(responseCode = "201", description = "The posted invoice (ETag, Location)",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    public Response post(InvoiceInput in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException("an invoice is required in the body");
        }
        return endpoint.post(new DocumentDraft(DocumentKind.INVOICE, in.company(), in.document(), in.account(),
                Amounts.date("documentDate", in.documentDate()), Amounts.date("dueDate", in.dueDate()), in.currency(),
                Amounts.parse("amount", in.amount()), in.reference(), in.customerPo(), in.description(), null), uri);
    }

    @POST
    @Path("{document}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "Cancel an invoice", description = "Posts a credit note of the open amount that settles it.")
    @APIResponse(responseCode = "200", description = "The cancelled invoice",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    public Response cancel(@PathParam("document") String document, @QueryParam("company") String company,
                           Cancellation in) {
        if (in == null) {
            throw InvalidInputException.ofField("reason", "is required");
        }
        return endpoint.cancel(company, document, in.creditNote(), Amounts.date("date", in.date()), in.reason());
    }
}
