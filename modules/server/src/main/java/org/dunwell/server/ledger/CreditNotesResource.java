package org.dunwell.server.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PathParam;
import org.dunwell.kernel.api.Page;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Credit notes: applied to the invoice they name, or left unapplied on the account. */
@Path("/credit-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ledger")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT,
        Roles.CREDIT_MANAGER, Roles.CREDIT_CLERK, Roles.SENIOR_APPROVER})
public class CreditNotesResource {

    /** A new credit note. */
    @Schema(description = "A new credit note.",
            example = "{\"document\":\"CN-2\",\"account\":\"C1\",\"documentDate\":\"2026-11-02\",\"currency\":\"USD\",\"amount\":\"10.00\"}")
    public record CreditNoteInput(@Schema(ref = "Key") String company,
                                  @Schema(required = true, ref = "Key") String document,
                                  @Schema(required = true, ref = "Key") String account,
                                  @Schema(required = true, ref = "Date") String documentDate,
                                  @Schema(required = true, ref = "Currency") String currency,
                                  @Schema(required = true, ref = "Amount") String amount,
                                  @Schema(ref = "Key") String appliesTo,
                                  String reference) {
    }

    @Inject
    DocumentsEndpoint endpoint;

    @GET
    @Operation(summary = "List credit notes", description = "Filters: account, from / to (document date), open (something"
            + " left open), status. Only customers the caller may see.")
    public Page<DocumentJson> list(@BeanParam DocumentQuery query) {
        return endpoint.list(DocumentKind.CREDIT_NOTE, query);
    }

    @GET
    @Path("{document}")
    @Operation(summary = "One credit note")
    @APIResponse(responseCode = "200", description = "The credit note (ETag: its version)",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    public Response get(@PathParam("document") String document, @QueryParam("company") String company) {
        return endpoint.get(DocumentKind.CREDIT_NOTE, company, document);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.INTEGRATION})
    @Operation(summary = "Post one credit note", description = "The import's rules: the same credit note again is unchanged, other values for an existing number are a 409; appliesTo settles that invoice of the same customer.")
    @APIResponse(responseCode = "201", description = "The posted credit note (ETag, Location)",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    public Response post(CreditNoteInput in, @Context UriInfo uri) {
        if (in == null) {
            throw new InvalidInputException("a credit note is required in the body");
        }
        return endpoint.post(new DocumentDraft(DocumentKind.CREDIT_NOTE, in.company(), in.document(), in.account(),
                Amounts.date("documentDate", in.documentDate()), null, in.currency(),
                Amounts.parse("amount", in.amount()), in.reference(), null, null, in.appliesTo()), uri);
    }
}
