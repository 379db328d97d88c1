package org.dunwell.server.dunning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.dunwell.dunning.api.Letters;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.server.collections.CollectionsApi;
import org.dunwell.server.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's account statement as of a date, as PDF in the customer's letter language. */
@Path("/customers/{account}/statement")
@RequestScoped
@Tag(name = "dunning")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.COLLECTIONS_MANAGER, Roles.COLLECTIONS_AGENT})
public class StatementResource {

    @Inject
    Letters letters;

    @Inject
    CollectionsApi api;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The account statement as PDF (format=pdf), as of a date (default today)",
            description = "Open items with days overdue, the balance and the overdue amount, in the customer's"
                    + " letter language.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response statement(@PathParam("account") String account, @QueryParam("company") String company,
                              @QueryParam("asOf") String asOf, @QueryParam("format") String format) {
        if (format != null && !"pdf".equalsIgnoreCase(format.trim())) {
            throw InvalidInputException.ofField("format", "must be pdf");
        }
        LocalDate day = api.asOf(asOf);
        byte[] pdf = letters.statementPdf(api.company(company), account, day, api.scope());
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"statement-"
                + account + "-" + day + ".pdf\"").build();
    }
}
